import { Prisma } from "@/lib/generated/prisma/client";

/** The database enums raw SQL writes or compares against. */
type SqlEnum = "ApplicationStatus" | "ComplaintStatus" | "ComplaintKind" | "IdentityMode" | "Role";

/** One value as a bound parameter cast to its enum type (null stays NULL). */
export function sqlEnum(value: string | null, enumType: SqlEnum): Prisma.Sql {
  return Prisma.sql`${value}::${Prisma.raw(`"${enumType}"`)}`;
}

/**
 * A list for `IN (…)` in raw SQL, built from a named set: each value a bound
 * parameter cast to the column's enum type (so the index still applies), never spliced text.
 */
export function sqlEnumList(values: readonly string[], enumType: SqlEnum): Prisma.Sql {
  return Prisma.join(values.map((value) => sqlEnum(value, enumType)));
}

/** A moment for a `timestamp(3)` column, in UTC as Prisma writes them (the column has no time zone). */
export function sqlUtc(moment: Date): Prisma.Sql {
  return Prisma.sql`${moment.toISOString()}::timestamptz AT TIME ZONE 'UTC'`;
}

/** A JSON column's value: the object as jsonb, or NULL where Prisma would have left the column unset. */
export function sqlJson(value: object | null | undefined): Prisma.Sql {
  return Prisma.sql`${value == null ? null : JSON.stringify(value)}::jsonb`;
}
