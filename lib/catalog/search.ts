import "server-only";
import type { Db, Tx } from "@/lib/platform/db";

/**
 * Rebuilds a service's full-text document from its names, keywords, summaries
 * and the current standard's requirements, in both the `indonesian` and
 * `english` configurations, weighted so a match in the name outranks one in the
 * requirements. Call it whenever any of those change.
 */
export async function refreshServiceSearch(client: Db | Tx, serviceId: string): Promise<void> {
  await client.$executeRaw`
    UPDATE "Service" AS s SET "searchVector" =
      setweight(to_tsvector('indonesian', s."nameId" || ' ' || s."keywords"), 'A') ||
      setweight(to_tsvector('english', s."nameEn" || ' ' || s."keywords"), 'A') ||
      setweight(to_tsvector('indonesian', s."summaryId"), 'B') ||
      setweight(to_tsvector('english', s."summaryEn"), 'B') ||
      setweight(to_tsvector('indonesian', coalesce((
        SELECT string_agg(r->>'id', ' ')
        FROM "ServiceStandardVersion" v, jsonb_array_elements(v."standard"->'requirements') r
        WHERE v."id" = s."currentVersionId"), '')), 'C') ||
      setweight(to_tsvector('english', coalesce((
        SELECT string_agg(r->>'en', ' ')
        FROM "ServiceStandardVersion" v, jsonb_array_elements(v."standard"->'requirements') r
        WHERE v."id" = s."currentVersionId"), '')), 'C')
    WHERE s."id" = ${serviceId}`;
}

/**
 * Published service ids matching the query, best first. Either language's
 * reading of the query may match ("akta lahir" stems to the same lexemes as
 * "akta kelahiran" under the Indonesian stemmer).
 */
export async function searchServiceIds(
  client: Db | Tx,
  query: string,
  filters: { categoryId?: string; agencyId?: string } = {},
  limit = 50,
): Promise<string[]> {
  const rows = await client.$queryRaw<{ id: string }[]>`
    WITH q AS (
      SELECT websearch_to_tsquery('indonesian', ${query}) || websearch_to_tsquery('english', ${query}) AS query
    )
    SELECT s."id"
    FROM "Service" s, q
    WHERE s."status" = 'PUBLISHED'
      AND s."searchVector" @@ q.query
      AND (${filters.categoryId ?? null}::text IS NULL OR s."categoryId" = ${filters.categoryId ?? null})
      AND (${filters.agencyId ?? null}::text IS NULL OR s."agencyId" = ${filters.agencyId ?? null})
    ORDER BY ts_rank_cd(s."searchVector", q.query) DESC, s."nameId" ASC
    LIMIT ${limit}`;
  return rows.map((row) => row.id);
}
