-- CreateTable
CREATE TABLE "SnapExternalId" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "payloadHash" TEXT NOT NULL,
    "response" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SnapExternalId_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SnapExternalId_partnerId_externalId_day_key" ON "SnapExternalId"("partnerId", "externalId", "day");

-- CreateIndex
CREATE INDEX "SnapExternalId_createdAt_idx" ON "SnapExternalId"("createdAt");
