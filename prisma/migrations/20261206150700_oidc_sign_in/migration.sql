-- CreateEnum
CREATE TYPE "OidcAudience" AS ENUM ('STAFF', 'CITIZENS');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "nip" TEXT;

-- AlterTable
ALTER TABLE "UserSession" ADD COLUMN     "oidcCheckedAt" TIMESTAMP(3),
ADD COLUMN     "oidcProviderId" TEXT,
ADD COLUMN     "oidcRefreshCiphertext" TEXT;

-- CreateTable
CREATE TABLE "OidcProvider" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "clientSecretCiphertext" TEXT NOT NULL,
    "scopes" TEXT NOT NULL DEFAULT 'openid email profile',
    "audience" "OidcAudience" NOT NULL,
    "agencyId" TEXT,
    "emailClaim" TEXT DEFAULT 'email',
    "nipClaim" TEXT,
    "nikClaim" TEXT,
    "nameClaim" TEXT DEFAULT 'name',
    "birthDateClaim" TEXT,
    "mfaAcrValues" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "mfaAmrMethods" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OidcProvider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OidcLink" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "verifiedFields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OidcLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OidcSignIn" (
    "id" TEXT NOT NULL,
    "stateHash" TEXT NOT NULL,
    "browserHash" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "codeVerifier" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "linkUserId" TEXT,
    "returnTo" TEXT NOT NULL DEFAULT '/akun',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "ticketHash" TEXT,
    "userId" TEXT,
    "secondFactorProven" BOOLEAN NOT NULL DEFAULT false,
    "refreshCiphertext" TEXT,
    "consumedAt" TIMESTAMP(3),

    CONSTRAINT "OidcSignIn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OidcProvider_slug_key" ON "OidcProvider"("slug");

-- CreateIndex
CREATE INDEX "OidcLink_userId_idx" ON "OidcLink"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "OidcLink_providerId_subject_key" ON "OidcLink"("providerId", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "OidcLink_providerId_userId_key" ON "OidcLink"("providerId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "OidcSignIn_stateHash_key" ON "OidcSignIn"("stateHash");

-- CreateIndex
CREATE UNIQUE INDEX "OidcSignIn_ticketHash_key" ON "OidcSignIn"("ticketHash");

-- CreateIndex
CREATE INDEX "OidcSignIn_expiresAt_idx" ON "OidcSignIn"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_nip_key" ON "User"("nip");

-- AddForeignKey
ALTER TABLE "OidcProvider" ADD CONSTRAINT "OidcProvider_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OidcLink" ADD CONSTRAINT "OidcLink_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "OidcProvider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OidcLink" ADD CONSTRAINT "OidcLink_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OidcSignIn" ADD CONSTRAINT "OidcSignIn_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "OidcProvider"("id") ON DELETE CASCADE ON UPDATE CASCADE;
