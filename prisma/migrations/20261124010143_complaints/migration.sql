-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "atRiskRecordedAt" TIMESTAMP(3),
ADD COLUMN     "claimedAt" TIMESTAMP(3),
ADD COLUMN     "open311ClientId" TEXT,
ADD COLUMN     "ratedAt" TIMESTAMP(3),
ADD COLUMN     "ratingComment" TEXT,
ADD COLUMN     "rejectionCode" TEXT,
ADD COLUMN     "routedAt" TIMESTAMP(3),
ADD COLUMN     "slaStartedAt" TIMESTAMP(3),
ADD COLUMN     "submissionKey" TEXT,
ADD COLUMN     "supportCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "verifiedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ComplaintEvent" ADD COLUMN     "data" JSONB;

-- CreateTable
CREATE TABLE "ComplaintSupport" (
    "complaintId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplaintSupport_pkey" PRIMARY KEY ("complaintId","userId")
);

-- CreateTable
CREATE TABLE "Open311Client" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "keyHint" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "Open311Client_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ComplaintSupport_userId_idx" ON "ComplaintSupport"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Open311Client_keyHash_key" ON "Open311Client"("keyHash");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_submissionKey_key" ON "Complaint"("submissionKey");

-- CreateIndex
CREATE INDEX "Complaint_status_dueAt_idx" ON "Complaint"("status", "dueAt");

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_open311ClientId_fkey" FOREIGN KEY ("open311ClientId") REFERENCES "Open311Client"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintSupport" ADD CONSTRAINT "ComplaintSupport_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintSupport" ADD CONSTRAINT "ComplaintSupport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
