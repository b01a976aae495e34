export interface EmbeddedPostgres {
  /** postgresql://postgres:postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  /** Closes the socket server and PGlite; the data directory survives. */
  stop: () => Promise<void>;
}

export function startEmbeddedPostgres(options?: {
  /** Data directory; undefined keeps the database in memory. */
  dataDir?: string;
  /** 0 or undefined picks a free port. */
  port?: number;
  /** Concurrent client connections the socket server accepts (default 32). */
  maxConnections?: number;
}): Promise<EmbeddedPostgres>;

export function findRunningEmbeddedPostgres(dataDir: string): { pid: number; port: number; url: string } | null;

export function embeddedUrl(port: number): string;

/** Settings for programs that run the portal's database code against the embedded database. */
export const EMBEDDED_CLIENT_ENV: Readonly<{ DATABASE_PREPARED_STATEMENTS: "off" }>;
