import { Prisma } from "@/lib/generated/prisma/client";

/** The database enums raw SQL compares against. */
type SqlEnum = "ApplicationStatus" | "ComplaintStatus" | "ComplaintKind" | "IdentityMode";

/**
 * A list for `IN (…)` in raw SQL, built from a named set: each value a bound
 * parameter cast to the column's enum type (so the index still applies), never spliced text.
 */
export function sqlEnumList(values: readonly string[], enumType: SqlEnum): Prisma.Sql {
  return Prisma.join(values.map((value) => Prisma.sql`${value}::${Prisma.raw(`"${enumType}"`)}`));
}
