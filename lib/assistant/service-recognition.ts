import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { alternativesQuery } from "@/lib/catalog/search";
import { expandSearchQuery } from "@/lib/catalog/search-synonyms";
import type { Db, Tx } from "@/lib/platform/db";

export type ServiceMatch = {
  id: string;
  slug: string;
  agencyId: string;
  score: number;
  /** The subject words (their positions) the service's names or keywords account for. */
  covers: number[];
  /**
   * Its name holds one of the words, or (for a subject of several words) its
   * names and keywords hold the subject as typed or every known word of it:
   * evidence enough to answer from it. A single keyword alone is not.
   */
  named: boolean;
};

/** Below this, a word's spelling is too far from every service's names and keywords to count as a typo of them. */
const TYPO_CLOSENESS = 0.5;
/** A word in the service's name counts fully; one only among its keywords a little less, so "NIB" means the NIB service before one that lists it. */
const IN_NAME = 1.0;
const IN_KEYWORDS = 0.7;
const IN_TEXT = 0.3;
/** The whole subject, as typed, found (nearly) as it stands in a service's names and keywords ("surat sehat"): a share of the score. */
const PHRASE_SHARE = 0.3;
const PHRASE_CLOSENESS = 0.8;

/**
 * Published services the subject words may mean, best first, each scored 0..1:
 * how much of what was typed the service's names and keywords account for.
 *
 * The catalog search's pieces, word by word: each word and its synonyms
 * (search-synonyms.ts) as the catalog reads them (both full-text
 * configurations, lib/catalog/search.ts), and pg_trgm's word similarity for a
 * misspelling. A word counts fully when it is in the service's name or among
 * the words admins taught the assistant for it (AssistantKeyword), a little
 * less in its search keywords (the `A` weight of its search vector), by its closeness when only a close
 * spelling is, and a little when only the summary or the requirements mention
 * it. Each word weighs by how few services it names ("ktp" tells services
 * apart less than "pramuwisata"), and a word no service knows at all ("jadi",
 * "take") is left out rather than held against every service. The score is
 * the share of the question's information the service explains. When a
 * service's names hold the subject (nearly) as typed, that counts for a share.
 */
export async function recognizeServices(client: Db | Tx, subject: readonly string[], limit = 5): Promise<ServiceMatch[]> {
  const groups = expandSearchQuery(subject.join(" "));
  if (groups.length === 0) return [];
  const phrase = groups.map((alternatives) => alternatives[0]).join(" ");
  const rows = Prisma.join(groups.map((alternatives, index) => Prisma.sql`(${index}::int, ${alternativesQuery(alternatives)}, ${alternatives[0]}::text)`));
  const matches = await client.$queryRaw<ServiceMatch[]>`
    WITH g(ord, query, word) AS (VALUES ${rows}),
    services AS (
      SELECT s."id", s."slug", s."agencyId", s."searchVector", s."searchText",
        -- "DTKS/DTSEN" would be one token: split names at slashes and brackets. Words admins taught count as the name.
        to_tsvector('indonesian', translate(s."nameId", '/()', '   ')) || to_tsvector('english', translate(s."nameEn", '/()', '   ')) ||
          to_tsvector('indonesian', coalesce((SELECT string_agg(k."word", ' ') FROM "AssistantKeyword" k WHERE k."serviceId" = s."id"), ''))
          AS name,
        word_similarity(${phrase}, s."searchText") AS phrase
      FROM "Service" s WHERE s."status" = 'PUBLISHED'),
    hits AS (
      SELECT s."id", g.ord,
        CASE WHEN s.name @@ g.query THEN ${IN_NAME}::float8
             WHEN ts_filter(s."searchVector", '{a}') @@ g.query THEN ${IN_KEYWORDS}::float8
             WHEN length(g.word) >= 4 AND word_similarity(g.word, s."searchText") >= ${TYPO_CLOSENESS}::float8
               THEN ${IN_KEYWORDS}::float8 * word_similarity(g.word, s."searchText")
             WHEN s."searchVector" @@ g.query THEN ${IN_TEXT}::float8
             ELSE 0 END::float8 AS hit
      FROM services s CROSS JOIN g),
    weights AS (
      SELECT ord, ln(1 + count(*)::float8 / (1 + count(*) FILTER (WHERE hit >= 0.5))) AS weight
      FROM hits GROUP BY ord HAVING max(hit) > 0),
    scored AS (
      SELECT h."id", sum(h.hit * w.weight) / (SELECT sum(weight) FROM weights) AS words,
        coalesce(array_agg(h.ord ORDER BY h.ord) FILTER (WHERE h.hit >= 0.5), '{}') AS covers,
        bool_or(h.hit >= ${IN_NAME}::float8) AS "inName"
      FROM hits h JOIN weights w USING (ord) GROUP BY h."id" HAVING sum(h.hit) > 0)
    SELECT s."id", s."slug", s."agencyId", c.covers,
      (c."inName" OR (${groups.length}::int > 1 AND (s.phrase >= ${PHRASE_CLOSENESS}::float8
        OR cardinality(c.covers) = (SELECT count(*) FROM weights)))) AS named,
      (CASE WHEN ${groups.length}::int > 1 AND (SELECT max(phrase) FROM services) >= ${PHRASE_CLOSENESS}::float8
        THEN (1 - ${PHRASE_SHARE}::float8) * c.words + ${PHRASE_SHARE}::float8 * CASE WHEN s.phrase >= ${PHRASE_CLOSENESS}::float8 THEN s.phrase ELSE 0 END
        ELSE c.words END)::float8 AS score
    FROM scored c JOIN services s USING ("id")
    ORDER BY score DESC, s."slug" ASC
    LIMIT ${limit}`;
  return matches.map((match) => ({ ...match, score: Number(match.score), covers: match.covers.map(Number) }));
}

/**
 * Agencies the words name by their code ("disdukcapil", "dukcapil", "polres")
 * or a distinctive word of their name: for "jam buka disdukcapil", where the
 * office, not a service, is asked about.
 */
export async function recognizeAgency(client: Db | Tx, subject: readonly string[]): Promise<{ id: string; onlyAgency: boolean } | null> {
  const names = (code: string, word: string) => word.length >= Math.min(5, code.length) && code.toLowerCase().includes(word);
  const words = subject.filter((word) => word.length >= 4);
  if (words.length === 0) return null;
  const agencies = await client.agency.findMany({ select: { id: true, code: true } });
  const named = agencies.filter(({ code }) => words.some((word) => names(code, word)));
  const [agency] = named;
  if (named.length !== 1 || !agency) return null;
  // "jam buka polres": the words are about the office itself, not one of its services.
  return { id: agency.id, onlyAgency: subject.every((word) => names(agency.code, word) || OFFICE_WORDS.has(word)) };
}

const OFFICE_WORDS = new Set(["kantor", "office", "dinas", "polisi", "police"]);
