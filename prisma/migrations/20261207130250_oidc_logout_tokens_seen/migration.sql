-- Back-channel logout tokens already received, by provider and token id: a
-- second delivery of one token (the provider's retry, or a replay within its
-- five minutes) ends nothing more. Pruned daily after a day (retention.ts).
-- CreateTable
CREATE TABLE "OidcLogoutTokenSeen" (
    "providerId" TEXT NOT NULL,
    "jti" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OidcLogoutTokenSeen_pkey" PRIMARY KEY ("providerId","jti")
);

-- CreateIndex
CREATE INDEX "OidcLogoutTokenSeen_receivedAt_idx" ON "OidcLogoutTokenSeen"("receivedAt");

-- AddForeignKey
ALTER TABLE "OidcLogoutTokenSeen" ADD CONSTRAINT "OidcLogoutTokenSeen_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "OidcProvider"("id") ON DELETE CASCADE ON UPDATE CASCADE;
