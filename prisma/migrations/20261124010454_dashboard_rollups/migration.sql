-- CreateTable
CREATE TABLE "DashboardDaily" (
    "day" DATE NOT NULL,
    "agencyId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "completed" INTEGER NOT NULL DEFAULT 0,
    "completedOnTime" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "withdrawn" INTEGER NOT NULL DEFAULT 0,
    "breaches" INTEGER NOT NULL DEFAULT 0,
    "surveys" INTEGER NOT NULL DEFAULT 0,
    "u1Sum" INTEGER NOT NULL DEFAULT 0,
    "u2Sum" INTEGER NOT NULL DEFAULT 0,
    "u3Sum" INTEGER NOT NULL DEFAULT 0,
    "u4Sum" INTEGER NOT NULL DEFAULT 0,
    "u5Sum" INTEGER NOT NULL DEFAULT 0,
    "u6Sum" INTEGER NOT NULL DEFAULT 0,
    "u7Sum" INTEGER NOT NULL DEFAULT 0,
    "u8Sum" INTEGER NOT NULL DEFAULT 0,
    "u9Sum" INTEGER NOT NULL DEFAULT 0,
    "complaintsReceived" INTEGER NOT NULL DEFAULT 0,
    "complaintsAnswered" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DashboardDaily_pkey" PRIMARY KEY ("day","agencyId","serviceId")
);

-- CreateTable
CREATE TABLE "DashboardHistogram" (
    "metric" TEXT NOT NULL,
    "grain" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "agencyId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "DashboardHistogram_pkey" PRIMARY KEY ("metric","grain","period","agencyId","serviceId","bucket")
);

-- CreateTable
CREATE TABLE "DashboardOfficerDaily" (
    "day" DATE NOT NULL,
    "agencyId" TEXT NOT NULL,
    "officerId" TEXT NOT NULL,
    "completed" INTEGER NOT NULL DEFAULT 0,
    "onTime" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "breaches" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DashboardOfficerDaily_pkey" PRIMARY KEY ("day","agencyId","officerId")
);

-- CreateTable
CREATE TABLE "DashboardBacklog" (
    "agencyId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "officerId" TEXT NOT NULL,
    "slaStatus" TEXT NOT NULL,
    "ageBucket" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "DashboardBacklog_pkey" PRIMARY KEY ("agencyId","serviceId","officerId","slaStatus","ageBucket")
);

-- CreateTable
CREATE TABLE "DashboardComplaintOpen" (
    "day" DATE NOT NULL,
    "agencyId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "open" INTEGER NOT NULL,
    "overdue" INTEGER NOT NULL,

    CONSTRAINT "DashboardComplaintOpen_pkey" PRIMARY KEY ("day","agencyId","serviceId")
);

-- CreateTable
CREATE TABLE "DashboardRefresh" (
    "id" INTEGER NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,
    "mode" TEXT NOT NULL,
    "fromDay" DATE,
    "durationMs" INTEGER NOT NULL,
    "lastFullAt" TIMESTAMP(3),

    CONSTRAINT "DashboardRefresh_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DashboardDaily_agencyId_day_idx" ON "DashboardDaily"("agencyId", "day");

-- CreateIndex
CREATE INDEX "DashboardOfficerDaily_agencyId_day_idx" ON "DashboardOfficerDaily"("agencyId", "day");

-- CreateIndex
CREATE INDEX "Application_updatedAt_idx" ON "Application"("updatedAt");

-- CreateIndex
CREATE INDEX "SurveyResponse_updatedAt_idx" ON "SurveyResponse"("updatedAt");
