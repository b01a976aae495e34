-- CreateTable
CREATE TABLE "PortalSettingsVersion" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "portalName" TEXT NOT NULL,
    "governmentNameId" TEXT NOT NULL,
    "governmentNameEn" TEXT NOT NULL,
    "logoId" TEXT,
    "colorHeader" TEXT NOT NULL,
    "colorAction" TEXT NOT NULL,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "contactAddress" TEXT,
    "timezone" TEXT NOT NULL DEFAULT 'Asia/Jakarta',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PortalSettingsVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortalLogo" (
    "id" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PortalLogo_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PortalSettingsVersion_version_key" ON "PortalSettingsVersion"("version");

-- CreateIndex
CREATE UNIQUE INDEX "PortalLogo_sha256_key" ON "PortalLogo"("sha256");

-- AddForeignKey
ALTER TABLE "PortalSettingsVersion" ADD CONSTRAINT "PortalSettingsVersion_logoId_fkey" FOREIGN KEY ("logoId") REFERENCES "PortalLogo"("id") ON DELETE SET NULL ON UPDATE CASCADE;
