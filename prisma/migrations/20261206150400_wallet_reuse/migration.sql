-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "documentType" TEXT;

-- CreateTable
CREATE TABLE "WalletReference" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "fieldKey" TEXT NOT NULL,
    "outputDocumentId" TEXT,
    "documentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WalletReference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SharedFactRead" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "outputDocumentId" TEXT NOT NULL,
    "fieldKeys" TEXT[],
    "consentedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SharedFactRead_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WalletReference_outputDocumentId_idx" ON "WalletReference"("outputDocumentId");

-- CreateIndex
CREATE INDEX "WalletReference_documentId_idx" ON "WalletReference"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "WalletReference_applicationId_fieldKey_key" ON "WalletReference"("applicationId", "fieldKey");

-- CreateIndex
CREATE INDEX "SharedFactRead_applicationId_consentedAt_idx" ON "SharedFactRead"("applicationId", "consentedAt");

-- AddForeignKey
ALTER TABLE "WalletReference" ADD CONSTRAINT "WalletReference_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WalletReference" ADD CONSTRAINT "WalletReference_outputDocumentId_fkey" FOREIGN KEY ("outputDocumentId") REFERENCES "OutputDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WalletReference" ADD CONSTRAINT "WalletReference_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharedFactRead" ADD CONSTRAINT "SharedFactRead_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharedFactRead" ADD CONSTRAINT "SharedFactRead_outputDocumentId_fkey" FOREIGN KEY ("outputDocumentId") REFERENCES "OutputDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
