-- CreateIndex
CREATE INDEX "Application_agencyId_status_submittedAt_idx" ON "Application"("agencyId", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "Application_serviceId_status_submittedAt_idx" ON "Application"("serviceId", "status", "submittedAt");
