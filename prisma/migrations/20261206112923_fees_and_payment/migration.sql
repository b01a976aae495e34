-- CreateEnum
CREATE TYPE "BillStatus" AS ENUM ('ISSUED', 'PAID', 'EXPIRED', 'CANCELLED', 'REFUND_REQUESTED', 'REFUNDED');

-- CreateEnum
CREATE TYPE "PaymentOutcome" AS ENUM ('SETTLED', 'LATE', 'DOUBLE');

-- AlterEnum
ALTER TYPE "ApplicationStatus" ADD VALUE 'AWAITING_PAYMENT';

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'TREASURY';

-- CreateTable
CREATE TABLE "Bill" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "status" "BillStatus" NOT NULL DEFAULT 'ISSUED',
    "trigger" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "breakdown" JSONB NOT NULL,
    "legalBasis" JSONB NOT NULL,
    "virtualAccountNo" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "paidAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Bill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "billId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerReference" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "outcome" "PaymentOutcome" NOT NULL,
    "paidAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "message" JSONB NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL,
    "billId" TEXT NOT NULL,
    "paymentId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "requestedById" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillCounter" (
    "id" INTEGER NOT NULL,
    "lastValue" INTEGER NOT NULL,

    CONSTRAINT "BillCounter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Bill_code_key" ON "Bill"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Bill_virtualAccountNo_key" ON "Bill"("virtualAccountNo");

-- CreateIndex
CREATE INDEX "Bill_agencyId_status_issuedAt_idx" ON "Bill"("agencyId", "status", "issuedAt");

-- CreateIndex
CREATE INDEX "Bill_status_expiresAt_idx" ON "Bill"("status", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Bill_applicationId_trigger_key" ON "Bill"("applicationId", "trigger");

-- CreateIndex
CREATE INDEX "Payment_billId_idx" ON "Payment"("billId");

-- CreateIndex
CREATE INDEX "Payment_receivedAt_idx" ON "Payment"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_provider_providerReference_key" ON "Payment"("provider", "providerReference");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_paymentId_key" ON "Refund"("paymentId");

-- CreateIndex
CREATE INDEX "Refund_billId_idx" ON "Refund"("billId");

-- AddForeignKey
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
