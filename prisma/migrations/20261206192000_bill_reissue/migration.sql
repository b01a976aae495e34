-- A new payment code for an expired bill (docs/payments.md, "A new payment code"): the step's bills are numbered,
-- and the unique key takes the round, so a retried or concurrent request cannot make two codes for one expired bill.
ALTER TABLE "Bill" ADD COLUMN "round" INTEGER NOT NULL DEFAULT 1;

DROP INDEX "Bill_applicationId_trigger_key";

CREATE UNIQUE INDEX "Bill_applicationId_trigger_round_key" ON "Bill"("applicationId", "trigger", "round");
