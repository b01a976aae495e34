import { expect, it } from "vitest";
import { describeOnRealServer } from "@/tests/fixtures/real-server";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";

/**
 * Issue 16, finding 7: the portal connects as a plain application role
 * (scripts/lib/app-role.mjs), so even with its connection in hand nobody can
 * switch the audit log's append-only trigger off or edit the log. On embedded
 * PGlite there is one user, so this holds for PostgreSQL servers only.
 */
describeOnRealServer("the portal's database role (issue 16, finding 7)", () => {
  async function newestAuditId() {
    await db.$transaction((tx) => recordAudit(tx, { action: "test.role", entityType: "Test", entityId: "role" }));
    return (await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } })).id;
  }

  it("is neither a superuser nor the owner of the tables", async () => {
    const [role] = await db.$queryRaw<{ rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean; owns: boolean }[]>`
      SELECT r.rolsuper, r.rolcreaterole, r.rolcreatedb,
             EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owns
      FROM pg_roles r WHERE r.rolname = current_user`;
    expect(role).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, owns: false });
  });

  it("cannot switch triggers off with session_replication_role, nor disable the audit trigger", async () => {
    await expect(db.$executeRawUnsafe("SET session_replication_role = replica")).rejects.toThrow(/permission denied/);
    await expect(db.$transaction((tx) => tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica"))).rejects.toThrow(/permission denied/);
    await expect(db.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL')).rejects.toThrow(/must be owner/);
  });

  it("cannot UPDATE, DELETE or TRUNCATE audit rows, not even by declaring an override", async () => {
    const id = await newestAuditId();
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "action" = 'forged' WHERE "id" = ${id}`).rejects.toThrow(/permission denied/);
    await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${id}`).rejects.toThrow(/permission denied/);
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL satupintu.audit_override = 'role test'`;
        await tx.$executeRaw`UPDATE "AuditEvent" SET "action" = 'forged' WHERE "id" = ${id}`;
      }),
    ).rejects.toThrow(/permission denied/);
    await expect(db.$executeRaw`TRUNCATE "AuditEvent"`).rejects.toThrow(/permission denied/);
    await expect(db.$executeRaw`DELETE FROM "AuditOverride" WHERE false`).rejects.toThrow(/permission denied/);
    expect((await db.auditEvent.findFirstOrThrow({ where: { id } })).action).toBe("test.role");
  });

  it("cannot rewrite the log through one of its monthly partitions, nor move a chain's head, nor fork a chain by declaring an override", async () => {
    const id = await newestAuditId();
    const [row] = await db.$queryRaw<{ partition: string }[]>`SELECT tableoid::regclass::text AS partition FROM "AuditEvent" WHERE "id" = ${id}`;
    const partition = row!.partition;
    expect(partition).toMatch(/^"AuditEvent_y\d{4}m\d{2}"$/);
    await expect(db.$executeRawUnsafe(`UPDATE ${partition} SET "action" = 'forged' WHERE "id" = ${id}`)).rejects.toThrow(/permission denied/);
    await expect(db.$executeRawUnsafe(`DELETE FROM ${partition} WHERE "id" = ${id}`)).rejects.toThrow(/permission denied/);
    await expect(db.$executeRawUnsafe(`TRUNCATE ${partition}`)).rejects.toThrow(/permission denied/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent_default" WHERE false`)).rejects.toThrow(/permission denied/);
    await expect(db.$executeRaw`UPDATE "AuditChainHead" SET "hash" = 'forged'`).rejects.toThrow(/permission denied/);
    await expect(db.$executeRaw`INSERT INTO "AuditChainHead" ("chain", "hash", "eventId", "occurredAt") VALUES ('forged', 'x', 1, now())`).rejects.toThrow(
      /permission denied/,
    );
    const newest = await db.auditEvent.findFirstOrThrow({ where: { id } });
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL satupintu.audit_override = 'role test'`;
        await tx.auditEvent.create({ data: { chain: newest.chain, action: "test.fork", entityType: "Test", prevHash: newest.prevHash, hash: "f".repeat(64) } });
      }),
    ).rejects.toThrow(/fork|Unique constraint failed/);
  });

  it("still does its own work: appends audit entries, and reads but never rewrites the migration history", async () => {
    await expect(newestAuditId()).resolves.toEqual(expect.any(BigInt));
    expect(Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "_prisma_migrations"`)[0]!.n)).toBeGreaterThan(0);
    await expect(db.$executeRaw`DELETE FROM "_prisma_migrations" WHERE false`).rejects.toThrow(/permission denied/);
  });
});
