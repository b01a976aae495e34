-- CreateEnum
CREATE TYPE "VisitBookingStatus" AS ENUM ('BOOKED', 'CHECKED_IN', 'CALLED', 'SERVED', 'NO_SHOW', 'CANCELLED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "VisitTicketLine" AS ENUM ('BOOKING', 'PRIORITY', 'WALK_IN');

-- CreateEnum
CREATE TYPE "VisitTicketStatus" AS ENUM ('WAITING', 'CALLED', 'SERVED', 'NO_SHOW');

-- CreateTable
CREATE TABLE "VisitLocation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "timezone" TEXT NOT NULL DEFAULT 'Asia/Jakarta',
    "regionCode" TEXT,
    "openingHours" JSONB NOT NULL,
    "walkInSharePercent" INTEGER NOT NULL DEFAULT 25,
    "graceMinutes" INTEGER NOT NULL DEFAULT 15,
    "changeCutoffHours" INTEGER NOT NULL DEFAULT 2,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VisitLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitService" (
    "locationId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "slotMinutes" INTEGER NOT NULL,
    "capacityPerSlot" INTEGER NOT NULL,
    "ticketLetter" TEXT NOT NULL,

    CONSTRAINT "VisitService_pkey" PRIMARY KEY ("locationId","serviceId")
);

-- CreateTable
CREATE TABLE "VisitCounter" (
    "id" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "serviceIds" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "VisitCounter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitClosure" (
    "id" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "reasonId" TEXT NOT NULL,
    "reasonEn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VisitClosure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitSlot" (
    "id" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "booked" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "VisitSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitBooking" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "applicationId" TEXT,
    "status" "VisitBookingStatus" NOT NULL DEFAULT 'BOOKED',
    "activeKey" TEXT,
    "reminderSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VisitBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitWaitlistEntry" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "offeredAt" TIMESTAMP(3),

    CONSTRAINT "VisitWaitlistEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitTicket" (
    "id" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "serviceDate" DATE NOT NULL,
    "letter" TEXT NOT NULL,
    "serial" INTEGER NOT NULL,
    "serviceId" TEXT NOT NULL,
    "line" "VisitTicketLine" NOT NULL,
    "priorityReason" TEXT,
    "bookingId" TEXT,
    "status" "VisitTicketStatus" NOT NULL DEFAULT 'WAITING',
    "counterId" TEXT,
    "applicationId" TEXT,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "calledAt" TIMESTAMP(3),
    "callCount" INTEGER NOT NULL DEFAULT 0,
    "finishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "VisitTicket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitTicketSerial" (
    "locationId" TEXT NOT NULL,
    "serviceDate" DATE NOT NULL,
    "letter" TEXT NOT NULL,
    "lastValue" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "VisitTicketSerial_pkey" PRIMARY KEY ("locationId","serviceDate","letter")
);

-- CreateIndex
CREATE UNIQUE INDEX "VisitLocation_slug_key" ON "VisitLocation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "VisitCounter_locationId_label_key" ON "VisitCounter"("locationId", "label");

-- CreateIndex
CREATE UNIQUE INDEX "VisitClosure_locationId_date_key" ON "VisitClosure"("locationId", "date");

-- CreateIndex
CREATE INDEX "VisitSlot_locationId_serviceId_startsAt_booked_idx" ON "VisitSlot"("locationId", "serviceId", "startsAt", "booked");

-- CreateIndex
CREATE UNIQUE INDEX "VisitSlot_locationId_serviceId_startsAt_key" ON "VisitSlot"("locationId", "serviceId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "VisitBooking_code_key" ON "VisitBooking"("code");

-- CreateIndex
CREATE UNIQUE INDEX "VisitBooking_activeKey_key" ON "VisitBooking"("activeKey");

-- CreateIndex
CREATE INDEX "VisitBooking_userId_status_idx" ON "VisitBooking"("userId", "status");

-- CreateIndex
CREATE INDEX "VisitBooking_slotId_status_idx" ON "VisitBooking"("slotId", "status");

-- CreateIndex
CREATE INDEX "VisitWaitlistEntry_locationId_serviceId_createdAt_idx" ON "VisitWaitlistEntry"("locationId", "serviceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "VisitWaitlistEntry_userId_locationId_serviceId_key" ON "VisitWaitlistEntry"("userId", "locationId", "serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "VisitTicket_bookingId_key" ON "VisitTicket"("bookingId");

-- CreateIndex
CREATE INDEX "VisitTicket_locationId_serviceDate_status_idx" ON "VisitTicket"("locationId", "serviceDate", "status");

-- CreateIndex
CREATE UNIQUE INDEX "VisitTicket_locationId_serviceDate_letter_serial_key" ON "VisitTicket"("locationId", "serviceDate", "letter", "serial");

-- AddForeignKey
ALTER TABLE "VisitService" ADD CONSTRAINT "VisitService_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "VisitLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitService" ADD CONSTRAINT "VisitService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitCounter" ADD CONSTRAINT "VisitCounter_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "VisitLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitClosure" ADD CONSTRAINT "VisitClosure_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "VisitLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitSlot" ADD CONSTRAINT "VisitSlot_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "VisitLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitBooking" ADD CONSTRAINT "VisitBooking_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitBooking" ADD CONSTRAINT "VisitBooking_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "VisitLocation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitBooking" ADD CONSTRAINT "VisitBooking_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "VisitSlot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitBooking" ADD CONSTRAINT "VisitBooking_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitTicket" ADD CONSTRAINT "VisitTicket_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "VisitLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitTicket" ADD CONSTRAINT "VisitTicket_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "VisitBooking"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitTicket" ADD CONSTRAINT "VisitTicket_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "VisitCounter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The slot row is the lock; this makes an overbooking impossible even for a writer that forgets the conditional update.
ALTER TABLE "VisitSlot" ADD CONSTRAINT "VisitSlot_booked_within_capacity" CHECK ("booked" >= 0 AND "booked" <= "capacity");
