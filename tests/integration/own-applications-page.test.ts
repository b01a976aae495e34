import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { OWN_APPLICATIONS_PAGE_SIZE, pageOfOwnApplications } from "@/lib/applications/queries";
import { db } from "@/lib/platform/db";
import { createCitizen, KTP_SLUG } from "@/tests/fixtures/applications";

/** /permohonan a page at a time (issue 23): most recently changed first, only the citizen's own, and whether an older page exists. */
describe("a citizen's applications, a page at a time", () => {
  it("pages through the citizen's own applications, newest change first, and says when there is an older page", async () => {
    const [citizen, other] = [await createCitizen(), await createCitizen()];
    const service = await db.service.findUniqueOrThrow({ where: { slug: KTP_SLUG }, select: { id: true, agencyId: true, currentVersionId: true } });
    const draft = (citizenId: string, minute: number) =>
      db.application.create({
        data: {
          citizenId,
          agencyId: service.agencyId,
          serviceId: service.id,
          standardVersionId: service.currentVersionId!,
          status: "DRAFT",
          submissionKey: randomUUID(),
          updatedAt: new Date(Date.UTC(2030, 0, 1, 0, minute)),
        },
        select: { id: true },
      });
    const own: string[] = [];
    for (let minute = 0; minute <= OWN_APPLICATIONS_PAGE_SIZE; minute++) own.push((await draft(citizen.actor.id, minute)).id);
    await draft(other.actor.id, 30);
    const newestFirst = own.toReversed();

    const first = await pageOfOwnApplications(citizen.actor, 1);
    expect(first.rows.map((row) => row.id)).toEqual(newestFirst.slice(0, OWN_APPLICATIONS_PAGE_SIZE));
    expect(first.rows[0]).toMatchObject({ service: { nameId: expect.stringContaining("KTP-el") }, agency: { timezone: expect.any(String) } });
    expect(first.hasOlder).toBe(true);

    const second = await pageOfOwnApplications(citizen.actor, 2);
    expect(second.rows.map((row) => row.id)).toEqual(newestFirst.slice(OWN_APPLICATIONS_PAGE_SIZE));
    expect(second.hasOlder).toBe(false);
  });
});
