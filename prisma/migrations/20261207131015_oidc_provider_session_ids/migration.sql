-- The provider's own session id (the ID token's sid), carried from the sign-in
-- to the session it opens, so a back-channel logout token naming one provider
-- session ends that session alone.
-- AlterTable
ALTER TABLE "OidcSignIn" ADD COLUMN     "providerSid" TEXT;

-- AlterTable
ALTER TABLE "UserSession" ADD COLUMN     "oidcSid" TEXT;

-- CreateIndex
CREATE INDEX "UserSession_oidcProviderId_oidcSid_idx" ON "UserSession"("oidcProviderId", "oidcSid");
