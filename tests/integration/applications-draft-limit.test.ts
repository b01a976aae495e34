import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MAX_OPEN_DRAFTS_PER_CITIZEN } from "@/lib/applications/draft-limit";
import { startApplication } from "@/lib/applications/use-cases/start-application";
import { withdrawApplication } from "@/lib/applications/use-cases/withdraw-application";
import { db } from "@/lib/platform/db";
import { translate } from "@/lib/platform/i18n/messages";
import { createCitizen, KTP_SLUG, startDraft } from "@/tests/fixtures/applications";

const TOO_MANY = { code: "CONFLICT", messageKey: "application.tooManyDrafts" };

describe("the cap on one citizen's unsent drafts (issue 16, finding 11)", () => {
  it("refuses a new draft at the cap, with a translated reason, and takes one again once a draft is cancelled", async () => {
    const { actor } = await createCitizen();
    const drafts = [];
    for (let index = 0; index < MAX_OPEN_DRAFTS_PER_CITIZEN; index++) drafts.push(await startDraft(actor));
    const repeatedKey = { serviceSlug: KTP_SLUG, submissionKey: randomUUID() };
    await expect(startApplication(actor, repeatedKey, { ip: null })).rejects.toMatchObject(TOO_MANY);
    expect(await db.application.count({ where: { citizenId: actor.id } })).toBe(MAX_OPEN_DRAFTS_PER_CITIZEN);
    expect(translate("id", "application.tooManyDrafts", { count: MAX_OPEN_DRAFTS_PER_CITIZEN })).toMatch(/^Anda sudah punya 20 draf/);
    expect(translate("en", "application.tooManyDrafts", { count: MAX_OPEN_DRAFTS_PER_CITIZEN })).toMatch(/^You already have 20 unsent drafts/);

    await withdrawApplication(actor, drafts[0]!.id, {}, { ip: null });
    const started = await startApplication(actor, repeatedKey, { ip: null });
    expect(started.id).not.toBe(drafts[0]!.id);
    // A retried post of a draft that exists is still answered with it, at the cap too.
    expect((await startApplication(actor, repeatedKey, { ip: null })).id).toBe(started.id);
  });

  it("lets only as many parallel starts through as the cap leaves room for", async () => {
    const { actor } = await createCitizen();
    for (let index = 0; index < MAX_OPEN_DRAFTS_PER_CITIZEN - 2; index++) await startDraft(actor);
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => startDraft(actor)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(2);
    for (const result of results) if (result.status === "rejected") expect(result.reason).toMatchObject(TOO_MANY);
    expect(await db.application.count({ where: { citizenId: actor.id, status: "DRAFT" } })).toBe(MAX_OPEN_DRAFTS_PER_CITIZEN);
  });

  it("counts only unsent drafts: another citizen's drafts do not count against this one", async () => {
    const first = await createCitizen();
    const second = await createCitizen();
    for (let index = 0; index < MAX_OPEN_DRAFTS_PER_CITIZEN; index++) await startDraft(first.actor);
    await expect(startDraft(second.actor)).resolves.toMatchObject({ id: expect.any(String) });
  });
});
