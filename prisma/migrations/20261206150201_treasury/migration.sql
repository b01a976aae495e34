-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "paidOutAt" TIMESTAMP(3),
ADD COLUMN     "paidOutById" TEXT,
ADD COLUMN     "paidOutReference" TEXT,
ADD COLUMN     "rejectedAt" TIMESTAMP(3),
ADD COLUMN     "rejectedById" TEXT,
ADD COLUMN     "rejectionNote" TEXT;

-- CreateTable
CREATE TABLE "ReconciliationRun" (
    "id" TEXT NOT NULL,
    "settlementDate" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "fileName" TEXT,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL,
    "fileRows" INTEGER NOT NULL,
    "fileTotal" BIGINT NOT NULL,
    "portalTotal" BIGINT NOT NULL,
    "matchedCount" INTEGER NOT NULL,
    "mismatchCount" INTEGER NOT NULL,

    CONSTRAINT "ReconciliationRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReconciliationItem" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "line" INTEGER,
    "billId" TEXT,
    "billCode" TEXT,
    "virtualAccountNo" TEXT,
    "paymentReference" TEXT,
    "fileAmount" INTEGER,
    "portalAmount" INTEGER,

    CONSTRAINT "ReconciliationItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReconciliationRun_fileSha256_key" ON "ReconciliationRun"("fileSha256");

-- CreateIndex
CREATE INDEX "ReconciliationRun_settlementDate_uploadedAt_idx" ON "ReconciliationRun"("settlementDate", "uploadedAt");

-- CreateIndex
CREATE INDEX "ReconciliationItem_runId_kind_idx" ON "ReconciliationItem"("runId", "kind");

-- CreateIndex
CREATE INDEX "Refund_requestedAt_idx" ON "Refund"("requestedAt");

-- AddForeignKey
ALTER TABLE "ReconciliationItem" ADD CONSTRAINT "ReconciliationItem_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ReconciliationRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
