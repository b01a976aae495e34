import { randomInt } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { verifiedFactsOf } from "@/lib/identity/oidc/queries";
import { getOwnAccount } from "@/lib/identity/queries";
import { db } from "@/lib/platform/db";
import { createCitizen } from "@/tests/fixtures/applications";

/**
 * What /akun reads (issue 23 cut it from five statements to one, beside the
 * session's own): the account's identity facts, and which linked providers
 * vouch for which facts.
 */
const providers: string[] = [];

afterAll(async () => {
  await db.oidcProvider.deleteMany({ where: { id: { in: providers } } });
});

async function provider(name: string) {
  const slug = `akun-${randomInt(100_000, 1_000_000)}`;
  const created = await db.oidcProvider.create({
    data: { slug, name, issuer: `https://${slug}.example`, clientId: slug, clientSecretCiphertext: "unused", audience: "CITIZENS" },
    select: { id: true },
  });
  providers.push(created.id);
  return created.id;
}

describe("the account page's reads", () => {
  it("gives the citizen their own name, email and masked identity facts", async () => {
    const citizen = await createCitizen();
    const account = await getOwnAccount(citizen.actor);
    expect(account).toEqual({
      name: citizen.actor.name,
      email: citizen.actor.email,
      profile: { nikMasked: expect.stringMatching(/^\d{4}\*+\d{2}$/), birthDate: expect.any(Date), sex: "FEMALE" },
    });
    expect(JSON.stringify(account)).not.toContain(citizen.nik);
  });

  it("names each provider that verified facts, in the order linked, and nothing for links without verified facts", async () => {
    const citizen = await createCitizen();
    expect(await verifiedFactsOf(citizen.actor.id)).toEqual([]);
    const [first, second, silent] = [await provider("Identitas Satu"), await provider("Identitas Dua"), await provider("Tanpa Fakta")];
    await db.oidcLink.create({
      data: { providerId: second, subject: "s2", userId: citizen.actor.id, verifiedFields: ["nik"], linkedAt: new Date(2030, 1, 2) },
    });
    await db.oidcLink.create({
      data: { providerId: first, subject: "s1", userId: citizen.actor.id, verifiedFields: ["name", "birthDate"], linkedAt: new Date(2030, 1, 1) },
    });
    await db.oidcLink.create({ data: { providerId: silent, subject: "s3", userId: citizen.actor.id, verifiedFields: [] } });
    expect(await verifiedFactsOf(citizen.actor.id)).toEqual([
      { verifiedFields: ["name", "birthDate"], provider: { name: "Identitas Satu" } },
      { verifiedFields: ["nik"], provider: { name: "Identitas Dua" } },
    ]);
  });
});
