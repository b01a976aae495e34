-- CreateTable
CREATE TABLE "InterAgencyClient" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "publicKeyPem" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "InterAgencyClient_pkey" PRIMARY KEY ("id")
);
