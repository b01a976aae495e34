-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "draft" JSONB;
