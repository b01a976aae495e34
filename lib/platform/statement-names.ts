/**
 * Names for the SQL the portal sends, so that each pooled connection parses
 * and plans a statement once and then only binds and runs it.
 *
 * Without a name, node-postgres sends every query as PostgreSQL's unnamed
 * statement, which the server parses and plans afresh each time. For the
 * short indexed reads of a signed-in page, planning costs several times the
 * execution (issue 23, measured with pg_stat_statements: the session check
 * planned in 0.26 ms and ran in 0.03 ms), and it is paid on the machine's
 * cores that also render the pages. A named statement is parsed once per
 * connection and planned for its first five runs; from then on PostgreSQL
 * keeps a generic plan when that looks no dearer than the custom ones
 * (plan_cache_mode = auto). The portal's raw reads, the session check among
 * them, get one; Prisma's model reads end in LIMIT and OFFSET parameters,
 * which make a generic plan look dearer, so they are still planned per run
 * but no longer parsed and analysed.
 *
 * The name is a counter per distinct text within one process, so it never
 * stands for two texts on any of the process's connections. The number of
 * texts is bounded: an IN list of n parameters is a text of its own, and each
 * prepared statement holds memory on every connection that ran it. Past
 * `limit` texts, new ones go unnamed, as before.
 *
 * Off (DATABASE_PREPARED_STATEMENTS=off) where connections share a server
 * session: the embedded database (one PGlite session for every connection)
 * and a pooler in transaction mode that does not track prepared statements
 * (PgBouncer before 1.21, or with max_prepared_statements = 0).
 */
export const STATEMENT_NAME_LIMIT = 200;

export type StatementNamer = (query: { sql: string }) => string | undefined;

export function statementNamer(limit = STATEMENT_NAME_LIMIT): StatementNamer {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined || names.size >= limit) return known;
    const name = `satupintu_${names.size}`;
    names.set(sql, name);
    return name;
  };
}
