-- Questions put to the assistant (issue 21), stored with personal data redacted
-- and nothing that ties them to the asker.

-- CreateEnum
CREATE TYPE "AssistantOutcome" AS ENUM ('ANSWERED', 'ABSTAINED', 'OWN_CASE');

-- CreateTable
CREATE TABLE "AssistantQuestion" (
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "intent" TEXT NOT NULL,
    "outcome" "AssistantOutcome" NOT NULL,
    "serviceSlug" TEXT,
    "confidence" DOUBLE PRECISION NOT NULL,
    "locale" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" TIMESTAMP(3),

    CONSTRAINT "AssistantQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AssistantQuestion_outcome_createdAt_idx" ON "AssistantQuestion"("outcome", "createdAt");

-- CreateTable
CREATE TABLE "AssistantKeyword" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "word" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssistantKeyword_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AssistantKeyword_serviceId_word_key" ON "AssistantKeyword"("serviceId", "word");
