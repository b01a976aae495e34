import { removeUploadDir } from "@/tests/fixtures/upload-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeOnRealServer } from "@/tests/fixtures/real-server";
import { claimApplication, claimNextApplication } from "@/lib/applications/use-cases/claim-application";
import { releaseApplication } from "@/lib/applications/use-cases/release-application";
import { db } from "@/lib/platform/db";
import { createCitizen, submittedApplication, wib, type UserActor } from "@/tests/fixtures/applications";
import { agencyIdOf, createOfficer, refusal, withOnlyTheseInQueue } from "@/tests/fixtures/back-office";

afterAll(removeUploadDir);

let disdukcapilId: string;
let officers: UserActor[];

beforeAll(async () => {
  disdukcapilId = await agencyIdOf("DISDUKCAPIL");
  officers = await Promise.all(Array.from({ length: 6 }, () => createOfficer("DISDUKCAPIL")));
});

const context = { ip: null };

async function submittedApplications(count: number, options: (i: number) => { submittedAt?: Date } = () => ({})) {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const citizen = await createCitizen();
      return { ...(await submittedApplication(citizen, options(i))), citizen };
    }),
  );
}

// Every test here narrows the agency's queue with a second database session holding row locks
// (withOnlyTheseInQueue), and the race sends twelve claims at once: the embedded database has one session
// under every connection, so these run on a real server only.
describeOnRealServer("claiming the next case", () => {
  it("hands each of 8 submitted applications to exactly one of 6 officers clicking twice at once; the surplus gets nothing", async () => {
    const applications = await submittedApplications(8);
    const ids = applications.map((a) => a.id);

    const results = await withOnlyTheseInQueue(disdukcapilId, ids, () =>
      Promise.all(
        officers.map(async (officer) => {
          const first = await claimNextApplication(officer, disdukcapilId, context);
          const second = await claimNextApplication(officer, disdukcapilId, context);
          return { officer, claimed: [first, second] };
        }),
      ),
    );

    const claims = results.flatMap(({ officer, claimed }) => claimed.flatMap((c) => (c ? [{ officerId: officer.id, id: c.id, status: c.status }] : [])));
    const empty = results.flatMap(({ claimed }) => claimed.filter((c) => c === null));
    expect(claims).toHaveLength(8);
    expect(empty).toHaveLength(4);
    // No case went to two officers, and only the cases in the queue were handed out.
    expect(new Set(claims.map((c) => c.id)).size).toBe(8);
    expect(claims.map((c) => c.id).sort()).toEqual([...ids].sort());
    expect(claims.every((c) => c.status === "IN_REVIEW")).toBe(true);

    const rows = await db.application.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, assignedOfficerId: true, version: true } });
    for (const row of rows) {
      const claim = claims.find((c) => c.id === row.id)!;
      expect(row).toMatchObject({ status: "IN_REVIEW", assignedOfficerId: claim.officerId });
    }
    const claimedEvents = await db.applicationEvent.groupBy({
      by: ["applicationId"],
      where: { applicationId: { in: ids }, type: "claimed" },
      _count: { _all: true },
    });
    expect(claimedEvents).toHaveLength(8);
    expect(claimedEvents.every((e) => e._count._all === 1)).toBe(true);
    for (const { id, officerId } of claims) {
      const event = await db.applicationEvent.findFirstOrThrow({ where: { applicationId: id, type: "claimed" } });
      expect(event).toMatchObject({ actorId: officerId, actorRole: "OFFICER", fromStatus: "SUBMITTED", toStatus: "IN_REVIEW" });
      expect(await db.auditEvent.count({ where: { entityId: id, action: "application.claimed" } })).toBe(1);
    }
    // Each applicant hears once that review started.
    for (const { citizen } of applications) {
      expect(await db.notification.count({ where: { userId: citizen.actor.id, messageKey: "notification.applicationInReview" } })).toBe(1);
    }
  });

  it("takes the application closest to its due moment first", async () => {
    // Submitted on three different days: due Wed 9, Thu 10 and Fri 11 Dec 2026.
    const [late, early, middle] = await submittedApplications(3, (i) => ({
      submittedAt: [wib("2026-12-09T09:00"), wib("2026-12-07T09:00"), wib("2026-12-08T09:00")][i],
    }));
    const officer = officers[0]!;
    const order = await withOnlyTheseInQueue(disdukcapilId, [late!.id, early!.id, middle!.id], async () => {
      const taken: (string | undefined)[] = [];
      for (let i = 0; i < 4; i++) taken.push((await claimNextApplication(officer, disdukcapilId, context))?.id);
      return taken;
    });
    expect(order).toEqual([early!.id, middle!.id, late!.id, undefined]);
  });

  it("puts a released case back in the queue for the next officer", async () => {
    const [application] = await submittedApplications(1);
    const [first, second] = officers as [UserActor, UserActor];
    const next = await withOnlyTheseInQueue(disdukcapilId, [application!.id], async () => {
      expect((await claimNextApplication(first, disdukcapilId, context))?.id).toBe(application!.id);
      expect(await claimNextApplication(second, disdukcapilId, context)).toBeNull();
      await releaseApplication(first, application!.id, context);
      return claimNextApplication(second, disdukcapilId, context);
    });
    expect(next?.id).toBe(application!.id);
    expect(await db.application.findUniqueOrThrow({ where: { id: application!.id }, select: { assignedOfficerId: true, status: true } })).toEqual({
      assignedOfficerId: second.id,
      status: "IN_REVIEW",
    });
    const timeline = await db.applicationEvent.findMany({
      where: { applicationId: application!.id, type: { in: ["claimed", "released"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(timeline.map((e) => [e.type, e.actorId])).toEqual([
      ["claimed", first.id],
      ["released", first.id],
      ["claimed", second.id],
    ]);
  });
});

describe("claiming a chosen case", () => {
  it("lets exactly one of five officers claiming the same application at once win; the others get a conflict", async () => {
    const [application] = await submittedApplications(1);
    const { id, citizen } = application!;
    const contenders = officers.slice(0, 5);

    const outcomes = await Promise.allSettled(contenders.map((officer) => claimApplication(officer, id, context)));
    const winners = outcomes.flatMap((o, i) => (o.status === "fulfilled" ? [contenders[i]!] : []));
    expect(winners).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === "fulfilled") continue;
      // Either it lost the conditional update, or it read the case after the winner committed.
      expect(refusal(outcome.reason).code).toBe("CONFLICT");
      expect(["application.changedMeanwhile", "application.notAllowedNow"]).toContain(refusal(outcome.reason).messageKey);
    }

    const row = await db.application.findUniqueOrThrow({ where: { id }, select: { status: true, assignedOfficerId: true, version: true } });
    expect(row).toMatchObject({ status: "IN_REVIEW", assignedOfficerId: winners[0]!.id });
    expect(await db.applicationEvent.count({ where: { applicationId: id, type: "claimed" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "application.claimed" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: citizen.actor.id, messageKey: "notification.applicationInReview" } })).toBe(1);
  });

  it("refuses a claim made from a screen showing an older version", async () => {
    const [application] = await submittedApplications(1);
    const { id } = application!;
    const [first, second] = officers as [UserActor, UserActor];
    const seen = (await db.application.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
    await claimApplication(first, id, { ip: null, expectedVersion: seen });
    await releaseApplication(first, id, context);

    // Submitted again, but not the submission the second officer's screen showed.
    await expect(claimApplication(second, id, { ip: null, expectedVersion: seen })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "application.changedMeanwhile",
    });
    expect(await db.application.findUniqueOrThrow({ where: { id }, select: { status: true, assignedOfficerId: true } })).toEqual({
      status: "SUBMITTED",
      assignedOfficerId: null,
    });
  });
});
