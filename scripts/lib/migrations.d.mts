export const PROJECT_ROOT: string;
export const DEFAULT_MIGRATIONS_DIR: string;
export const DEFAULT_SCHEMA_PATH: string;

export class MigrationError extends Error {}

export interface LocalMigration {
  /** Folder name, e.g. 20261123141056_init */
  name: string;
  script: string;
  /** sha256 hex of migration.sql, as Prisma stores it */
  checksum: string;
}

export function checksumOf(script: string): string;
export function readMigrations(migrationsDir?: string): LocalMigration[];

export function applyMigrations(
  databaseUrl: string,
  options?: { migrationsDir?: string; log?: (message: string) => void },
): Promise<{ applied: string[]; alreadyApplied: string[] }>;

/** Creates database `name` on a real server; resolves to its URL. */
export function createDatabase(serverUrl: string, name: string): Promise<string>;
/** Drops database `name` if it exists (WITH (FORCE)). */
export function dropDatabase(serverUrl: string, name: string): Promise<void>;
/** `serverUrl` with its database name replaced. */
export function databaseUrl(serverUrl: string, name: string): string;
export function redact(url: string): string;
export function isPglite(url: string): Promise<boolean>;
export function openShadowDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }>;

export function diffMigrationsToSchema(options: {
  databaseUrl: string;
  migrationsDir?: string;
  schemaPath?: string;
}): Promise<{ empty: boolean; script: string }>;

export function migrationSlug(name: string): string;

export function createMigration(options: {
  databaseUrl: string;
  name: string;
  migrationsDir?: string;
  schemaPath?: string;
}): Promise<{ created: false } | { created: true; name: string; file: string; script: string }>;

export function resetDatabase(url: string): Promise<void>;
