import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/platform/db";
import { expandSearchQuery } from "./search-synonyms";

/**
 * Rebuilds a service's full-text document from its names, keywords, summaries
 * and the current standard's requirements, in both the `indonesian` and
 * `english` configurations, weighted so a match in the name outranks one in the
 * requirements. Call it whenever any of those change.
 */
export async function refreshServiceSearch(client: Db | Tx, serviceId: string): Promise<void> {
  await client.$executeRaw`
    UPDATE "Service" AS s SET "searchText" = lower(s."nameId" || ' ' || s."nameEn" || ' ' || s."keywords"), "searchVector" =
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
 * Published service ids matching the query, best first.
 *
 * Words: each query word, or one of its synonyms (search-synonyms.ts), must
 * match, in either language's reading ("akta lahir" stems to the same lexemes
 * as "akta kelahiran" under the Indonesian stemmer). Misspellings: a service
 * whose names and keywords are close to the query by trigrams (pg_trgm's
 * word similarity, at its default threshold) matches too.
 *
 * Order: services whose subject it is (a match in the name or keywords, or a
 * close spelling of them) before those that only mention it, e.g. among the
 * requirements, where a KTP copy appears in almost every service; then by
 * closeness of spelling and by full-text rank.
 */
export async function searchServiceIds(
  client: Db | Tx,
  query: string,
  filters: { categoryId?: string; agencyId?: string } = {},
  limit = 50,
): Promise<string[]> {
  const groups = expandSearchQuery(query);
  if (groups.length === 0) return [];
  const text = groups.map((alternatives) => alternatives[0]).join(" ");
  const rows = await client.$queryRaw<{ id: string }[]>`
    WITH q AS (SELECT ${wordsQuery(groups)} AS query, ${text}::text AS text),
    matched AS (
      SELECT s."id", s."nameId",
        ts_filter(s."searchVector", '{a}') @@ q.query OR q.text <% s."searchText" AS subject,
        word_similarity(q.text, s."searchText") AS closeness,
        ts_rank_cd('{0.05, 0.1, 0.4, 1.0}', s."searchVector", q.query) AS rank
      FROM "Service" s, q
      WHERE s."status" = 'PUBLISHED'
        AND (s."searchVector" @@ q.query OR q.text <% s."searchText")
        AND (${filters.categoryId ?? null}::text IS NULL OR s."categoryId" = ${filters.categoryId ?? null})
        AND (${filters.agencyId ?? null}::text IS NULL OR s."agencyId" = ${filters.agencyId ?? null})
    )
    SELECT "id" FROM matched
    ORDER BY subject DESC, rank DESC, closeness DESC, "nameId" ASC
    LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/** (word1 | its synonyms) & (word2 | …), each alternative read as a phrase in both configurations; words are bound parameters. */
function wordsQuery(groups: string[][]): Prisma.Sql {
  return Prisma.join(groups.map(alternativesQuery), " && ");
}

/**
 * One query word and its synonyms (a group of expandSearchQuery) as a tsquery:
 * any alternative, each read as a phrase in both configurations. Shared with
 * the assistant's service recognition (lib/assistant), which scores word by word.
 */
export function alternativesQuery(alternatives: readonly string[]): Prisma.Sql {
  const alternative = (words: string) => Prisma.sql`(phraseto_tsquery('indonesian', ${words}) || phraseto_tsquery('english', ${words}))`;
  return Prisma.sql`(${Prisma.join(alternatives.map(alternative), " || ")})`;
}
