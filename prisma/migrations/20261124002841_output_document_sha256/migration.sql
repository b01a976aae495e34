-- CreateIndex
CREATE UNIQUE INDEX "OutputDocument_sha256_key" ON "OutputDocument"("sha256");
