-- CreateTable
CREATE TABLE "RateLimitSalt" (
    "day" TEXT NOT NULL,
    "salt" TEXT NOT NULL,

    CONSTRAINT "RateLimitSalt_pkey" PRIMARY KEY ("day")
);
