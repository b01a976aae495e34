// Prisma's own schema engine (WebAssembly build) driven through @prisma/adapter-pg.
// Used only for what needs Prisma's differ: generating migrations and detecting
// drift. Applying migrations is done with plain `pg` in migrations.mjs.
//
// Facts this file works around (see /work/shared/STACK.md and the sources in
// node_modules/@prisma/adapter-pg/dist/index.mjs):
// - the package's entry point imports the .wasm file as an ES module, which
//   Node 20 cannot do without a flag, so the module is instantiated by hand;
// - adapter-pg's executeScript splits scripts on ";", breaking `$$` bodies:
//   scripts are sent whole (the simple query protocol runs them as one unit);
// - adapter-pg throws on the catalog type "char" (OID 18), which the engine's
//   introspection queries return: it is mapped to the Character column type;
// - adapter-pg's connectToShadowDb keeps the URL's database name, so its
//   "shadow" database can be the main one: the caller supplies the shadow;
// - the engine reports adapter failures only as an opaque GenericJs id, so the
//   original JS errors are kept and re-attached to the rejection.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";

const require = createRequire(import.meta.url);
const CHAR_OID = 18;
const TEXT_OID = 25;
// ColumnTypeEnum.Character in @prisma/driver-adapter-utils.
const COLUMN_TYPE_CHARACTER = 6;

let wasmModulePromise;

// The bindings read this global when the Rust side panics.
class PanicRegistry {
  message = "";
  get() {
    return this.message;
  }
  set_message(message) {
    this.message = `RuntimeError: ${message}`;
  }
}

async function loadWasm() {
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= new PanicRegistry();
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = readFileSync(bgPath.replace(/\.js$/, ".wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bindings;
}

/** The bindings module (`SchemaEngine`, `version`), loaded once per process. */
export function loadSchemaEngineModule() {
  wasmModulePromise ??= loadWasm();
  return wasmModulePromise;
}

// Results in the shape the engine expects from a driver adapter ({ ok, value }).
const ok = (value) => ({ ok: true, value });

function errorResult(registry, error) {
  // adapter-pg throws DriverAdapterError with a structured cause the engine
  // understands (e.g. a Postgres error code); anything else is registered so
  // that the JS error is not lost.
  if (error?.name === "DriverAdapterError" && error.cause) {
    registry.errors.push(new Error(describeCause(error.cause)));
    return { ok: false, error: error.cause };
  }
  registry.errors.push(error);
  registry.list.push(error);
  return { ok: false, error: { kind: "GenericJs", id: registry.list.length - 1 } };
}

function describeCause(cause) {
  const message = cause.originalMessage ?? cause.reason ?? cause.message;
  const code = cause.originalCode ? ` [${cause.originalCode}]` : "";
  return message ? `${message}${code} (${cause.kind})` : String(cause.kind);
}

function wrap(registry, fn) {
  return async (...args) => {
    try {
      return ok(await fn(...args));
    } catch (error) {
      return errorResult(registry, error);
    }
  };
}

// Adds the two fixes (whole scripts, "char" columns) to an adapter-pg queryable.
function patchQueryable(queryable) {
  const charColumns = new WeakMap();
  const performIO = queryable.performIO.bind(queryable);
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const indexes = [];
    result?.fields?.forEach((field, index) => {
      if (field.dataTypeID === CHAR_OID) {
        indexes.push(index);
        field.dataTypeID = TEXT_OID;
      }
    });
    if (indexes.length > 0) charColumns.set(query, indexes);
    return result;
  };
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns.get(query) ?? []) result.columnTypes[index] = COLUMN_TYPE_CHARACTER;
    return result;
  };
  return queryable;
}

function bindAdapter(registry, adapter) {
  patchQueryable(adapter);
  const pool = adapter.underlyingDriver();
  return {
    adapterName: adapter.adapterName,
    provider: adapter.provider,
    errorRegistry: registry,
    queryRaw: wrap(registry, (q) => adapter.queryRaw(q)),
    executeRaw: wrap(registry, (q) => adapter.executeRaw(q)),
    executeScript: wrap(registry, async (script) => {
      try {
        await pool.query(script);
      } catch (error) {
        adapter.onError(error);
      }
    }),
    getConnectionInfo: () => ok(adapter.getConnectionInfo()),
    dispose: wrap(registry, () => adapter.dispose()),
    startTransaction: async (isolationLevel) => {
      const result = await wrap(registry, (level) => adapter.startTransaction(level))(isolationLevel);
      if (!result.ok) return result;
      const tx = patchQueryable(result.value);
      return ok({
        adapterName: tx.adapterName,
        provider: tx.provider,
        options: tx.options,
        queryRaw: wrap(registry, (q) => tx.queryRaw(q)),
        executeRaw: wrap(registry, (q) => tx.executeRaw(q)),
        commit: wrap(registry, () => tx.commit()),
        rollback: wrap(registry, () => tx.rollback()),
      });
    },
  };
}

/**
 * A migration-aware adapter factory for the engine.
 * mainUrl: the database the engine works on (may be undefined when only a
 * shadow database is needed). openShadow(): async () => ({ url, drop }).
 */
function createAdapterFactory({ mainUrl, openShadow }) {
  const registry = { list: [], errors: [], consumeError: (id) => ({ error: registry.list[id] }) };
  const connectTo = async (url, onDispose) => {
    if (!url) throw new Error("the schema engine asked for a database connection this command does not provide");
    const adapter = await new PrismaPg({ connectionString: url }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await onDispose?.();
    };
    return bindAdapter(registry, adapter);
  };
  return {
    registry,
    factory: {
      adapterName: "@prisma/adapter-pg",
      provider: "postgres",
      errorRegistry: registry,
      connect: wrap(registry, () => connectTo(mainUrl)),
      connectToShadowDb: async () => {
        const opened = await wrap(registry, async () => {
          if (!openShadow) throw new Error("no shadow database configured");
          return openShadow();
        })();
        if (!opened.ok) return opened;
        const { url, drop } = opened.value;
        const connected = await wrap(registry, () => connectTo(url, drop))();
        if (!connected.ok) await drop().catch(() => {});
        return connected.ok ? ok(connected.value) : connected;
      },
    },
  };
}

/** Error raised for anything the engine reports; carries the JS causes and engine log. */
export class SchemaEngineError extends Error {
  constructor(operation, original, registry, logs) {
    const base = original?.message ?? String(original);
    const panic = globalThis.PRISMA_WASM_PANIC_REGISTRY?.get();
    const causes = registry.errors.map((e) => `  caused by: ${e?.message ?? e}`);
    const lines = [`schema engine ${operation} failed: ${base}`];
    if (panic && !base.includes(panic)) lines.push(`  engine panic: ${panic}`);
    lines.push(...new Set(causes));
    super(lines.join("\n"));
    this.name = "SchemaEngineError";
    this.engineLogs = logs;
  }
}

/**
 * Runs `fn(engine)` with a fresh engine for the given schema, then frees it.
 * Every rejection becomes a SchemaEngineError with the underlying JS errors.
 */
export async function withSchemaEngine({ schemaPath, schemaContent, mainUrl, openShadow }, fn) {
  const { SchemaEngine } = await loadSchemaEngineModule();
  const { factory, registry } = createAdapterFactory({ mainUrl, openShadow });
  const logs = [];
  const log = (line) => {
    logs.push(line);
    if (process.env.SCHEMA_ENGINE_DEBUG) console.error(`[schema-engine] ${line}`);
  };
  let engine;
  try {
    engine = await SchemaEngine.new({ datamodels: [[schemaPath, schemaContent]] }, log, factory);
    return await fn(engine);
  } catch (error) {
    throw new SchemaEngineError("call", error, registry, logs);
  } finally {
    engine?.free();
  }
}
