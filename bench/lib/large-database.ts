/** The database `npm run db:seed:large` fills for the queue and dashboard benchmarks. */
export function largeDatabaseUrl(): string | undefined {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const test = process.env.TEST_DATABASE_URL;
  if (!test) return undefined;
  const url = new URL(test);
  url.pathname = `${url.pathname.replace(/\/$/, "")}_large`;
  return url.toString();
}
