-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "oneTimeLinkId" TEXT;

-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- CreateIndex
CREATE INDEX "UserSession_expiresAt_idx" ON "UserSession"("expiresAt");

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One-time links were stored in clear until now (in-app notices and email
-- bodies): scrub them, and retire every link still pending, since its token
-- may have been read from the database. A locked account unlocks when its
-- window lapses; anyone else asks for a fresh link ("Lupa kata sandi?", or
-- registering again before confirming).
UPDATE "Notification" SET "link" = NULL WHERE "link" LIKE '%token=%';
UPDATE "EmailOutbox" SET "text" = regexp_replace("text", 'token=[A-Za-z0-9_-]+', 'token=(dihapus)', 'g') WHERE "text" LIKE '%token=%';
UPDATE "AccountToken" SET "usedAt" = CURRENT_TIMESTAMP WHERE "usedAt" IS NULL;
