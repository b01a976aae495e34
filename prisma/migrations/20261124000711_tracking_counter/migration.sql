-- CreateTable
CREATE TABLE "TrackingCounter" (
    "agencyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "lastValue" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TrackingCounter_pkey" PRIMARY KEY ("agencyId","year")
);
