-- Trigram matching for misspelled catalog searches (lib/catalog/search.ts).
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension, so the
-- database owner may create it; the embedded PGlite loads its build of it
-- (scripts/lib/embedded-postgres.mjs).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- Existing services get their text now; refreshServiceSearch keeps it up to date.
UPDATE "Service" SET "searchText" = lower("nameId" || ' ' || "nameEn" || ' ' || "keywords");

-- CreateIndex
CREATE INDEX "Service_searchText_idx" ON "Service" USING GIN ("searchText" gin_trgm_ops);
