import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offeredProfileWriteBacks } from "@/lib/applications/profile-write-back";
import { submitApplication } from "@/lib/applications/use-cases/submit-application";
import type { FormDefinition } from "@/lib/catalog/form-definition";
import type { AnswersInput } from "@/lib/catalog/form-fields";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { actorForSession } from "@/lib/identity/session-actor";
import { providerConfiguration } from "@/lib/identity/oidc/client";
import { redeemOidcTicket } from "@/lib/identity/oidc/session";
import { beginOidcSignIn } from "@/lib/identity/use-cases/begin-oidc-sign-in";
import { completeOidcSignIn } from "@/lib/identity/use-cases/complete-oidc-sign-in";
import { saveOidcProvider } from "@/lib/identity/use-cases/save-oidc-provider";
import { unlinkOwnProvider } from "@/lib/identity/use-cases/unlink-own-provider";
import { endProviderSessions } from "@/lib/identity/use-cases/end-provider-sessions";
import { BACKCHANNEL_LOGOUT_EVENT, verifyLogoutToken } from "@/lib/identity/oidc/logout-token";
import { OIDC_LOGOUT_TOKEN_KEEP_DAYS, RETENTION_RULES } from "@/lib/platform/retention";
import { citizenProviderLinks } from "@/lib/identity/oidc/queries";
import { postLogoutRedirectUri, providerOfSession, providerSignOutUrl } from "@/lib/identity/oidc/sign-out";
import { hashPassword } from "@/lib/identity/password-hash";
import { startUserSession } from "@/lib/identity/user-sessions";
import { db } from "@/lib/platform/db";
import { openSession } from "@/tests/fixtures/accounts";
import { completeDraft, createCitizen } from "@/tests/fixtures/applications";
import { createStaff, refusal } from "@/tests/fixtures/back-office";
import { throughProvider, uniqueSlug } from "@/tests/fixtures/oidc-flow";
import { startTestProvider, TEST_CLIENT, type TestProvider } from "@/tests/fixtures/oidc-provider";

const PORTAL = "http://portal.test";
const context = { ip: "203.0.113.7", origin: PORTAL };
const STAFF = uniqueSlug("uji-staf");
const CITIZENS = uniqueSlug("uji-warga");
const DEAD = uniqueSlug("uji-mati");
const callbackOf = (slug: string) => `${PORTAL}/masuk/oidc/${slug}/callback`;

let idp: TestProvider;
let admin: Actor;

const providerInput = (slug: string, audience: "STAFF" | "CITIZENS", extra: Record<string, string> = {}) => ({
  name: `Penyedia ${slug}`,
  slug,
  issuer: idp.issuer,
  clientId: TEST_CLIENT.clientId,
  clientSecret: TEST_CLIENT.clientSecret,
  scopes: audience === "STAFF" ? "openid email profile nip" : "openid email profile nik",
  audience,
  emailClaim: "email",
  nipClaim: audience === "STAFF" ? "nip" : "",
  nikClaim: audience === "CITIZENS" ? "nik" : "",
  nameClaim: "name",
  birthDateClaim: audience === "CITIZENS" ? "birthdate" : "",
  mfaAmrMethods: audience === "STAFF" ? "otp hwk" : "",
  enabled: "on",
  ...extra,
});

/** Start at the portal, sign in at the provider, and bring the redirect back to the portal's callback. */
async function signInThrough(slug: string, login: string, options: { actor?: Actor; link?: boolean; consent?: boolean; password?: string; ip?: string } = {}) {
  // Sign-in starts are limited per address (30 in 10 minutes): a test that starts many comes from its own.
  const { authorizationUrl, browserKey } = await beginOidcSignIn(
    options.actor ?? ANONYMOUS,
    { slug, link: options.link },
    { ...context, ip: options.ip ?? context.ip },
  );
  const callbackUrl = await throughProvider(authorizationUrl, PORTAL, { login, password: options.password ?? "sandi-penyedia", consent: options.consent });
  return { callbackUrl, browserKey, complete: () => completeOidcSignIn(options.actor ?? ANONYMOUS, { slug, callbackUrl, browserKey }, context) };
}

/** The ticket opens a session as lib/auth/next-auth.ts does. */
async function sessionFrom(ticket: string) {
  const redeemed = await redeemOidcTicket(ticket);
  if (!redeemed) throw new Error("ticket refused");
  const sessionId = await startUserSession(redeemed.user.id, new Date(), { secondFactorProven: redeemed.start.secondFactorProven, oidc: redeemed.start });
  return { userId: redeemed.user.id, sessionVersion: redeemed.user.sessionVersion, sessionId };
}

async function refusalReasons(slug: string): Promise<string[]> {
  const provider = await db.oidcProvider.findUniqueOrThrow({ where: { slug } });
  const events = await db.auditEvent.findMany({ where: { action: "account.oidcSignInRefused", entityId: provider.id }, orderBy: { id: "asc" } });
  return events.map((e) => (e.data as { reason: string }).reason);
}

beforeAll(async () => {
  idp = await startTestProvider({ redirectUris: [STAFF, CITIZENS, DEAD].map(callbackOf), postLogoutRedirectUris: [postLogoutRedirectUri()] });
  admin = await createStaff(["ADMIN"]);
  await saveOidcProvider(admin, providerInput(STAFF, "STAFF"), context);
  await saveOidcProvider(admin, providerInput(CITIZENS, "CITIZENS"), context);
});
afterAll(async () => {
  await idp?.stop();
});

describe("a real OpenID provider on loopback (oidc-provider)", () => {
  it("is discovered, and a code with PKCE is exchanged through openid-client for a validated ID token", async () => {
    const provider = await db.oidcProvider.findUniqueOrThrow({ where: { slug: STAFF } });
    const config = await providerConfiguration(provider);
    expect(config.serverMetadata().issuer).toBe(idp.issuer);
    expect(config.serverMetadata().code_challenge_methods_supported).toContain("S256");
    // The client secret is stored encrypted, never as given.
    expect(provider.clientSecretCiphertext).not.toContain(TEST_CLIENT.clientSecret);

    const staff = await createStaff(["OFFICER"]);
    const { email } = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    idp.users.set("pkce.user", { password: "sandi-penyedia", claims: { email, email_verified: true, name: "Petugas PKCE" } });
    const { authorizationUrl } = await beginOidcSignIn(ANONYMOUS, { slug: STAFF }, context);
    const url = new URL(authorizationUrl);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get("nonce")).toBeTruthy();
    expect(url.searchParams.get("state")).toBeTruthy();
    // The verifier, nonce and state stay on the server; the URL carries only the challenge.
    const flow = await db.oidcSignIn.findFirstOrThrow({ where: { providerId: provider.id }, orderBy: { createdAt: "desc" } });
    expect(url.searchParams.get("code_challenge")).toBe(await oidc.calculatePKCECodeChallenge(flow.codeVerifier));
  });
});

describe("staff sign in with a provider", () => {
  it("links an active staff account by the verified email, never creates one, and counts the provider's MFA only when its amr qualifies", async () => {
    const officer = await createStaff(["OFFICER"]);
    const { email } = await db.user.findUniqueOrThrow({ where: { id: officer.id } });
    idp.users.set("budi", { password: "sandi-penyedia", claims: { email, email_verified: true, name: "Budi" }, amr: ["pwd", "otp"] });
    const usersBefore = await db.user.count();
    const completion = await (await signInThrough(STAFF, "budi")).complete();
    expect(completion).toMatchObject({ kind: "signIn", secondFactorProven: true });
    const session = await sessionFrom((completion as { ticket: string }).ticket);
    expect(session.userId).toBe(officer.id);
    const actor = await actorForSession(session);
    expect(actor).toMatchObject({ kind: "user", id: officer.id, roles: ["OFFICER"] });
    expect(await db.user.count()).toBe(usersBefore);
    expect(await db.oidcLink.count({ where: { userId: officer.id } })).toBe(1);
    // A ticket opens one session only.
    expect(await redeemOidcTicket((completion as { ticket: string }).ticket)).toBeNull();
  });

  it("an admin whose provider login had no qualifying amr still owes the portal's own second factor", async () => {
    const staffAdmin = await createStaff(["ADMIN"]);
    await db.user.update({ where: { id: staffAdmin.id }, data: { nip: `19800101200${randomUUID().replace(/\D/g, "").slice(0, 7)}` } });
    const { nip } = await db.user.findUniqueOrThrow({ where: { id: staffAdmin.id } });
    // Linked by NIP: the provider's email is not verified, so it is not used.
    idp.users.set("sari", { password: "sandi-penyedia", claims: { email: "lain@contoh.id", email_verified: false, nip }, amr: ["pwd"] });
    const completion = await (await signInThrough(STAFF, "sari")).complete();
    expect(completion).toMatchObject({ kind: "signIn", secondFactorProven: false });
    const actor = await actorForSession(await sessionFrom((completion as { ticket: string }).ticket));
    expect(actor).toMatchObject({ kind: "user", id: staffAdmin.id, secondFactorMissing: true });
  });

  it("no matching staff account: refused with one message, audited, nothing created, nobody locked", async () => {
    const citizen = await createCitizen();
    const { email } = await db.user.findUniqueOrThrow({ where: { id: citizen.actor.id } });
    // A citizen's verified email, an unknown email, and an unverified staff email all read the same.
    const staff = await createStaff(["OFFICER"]);
    const staffEmail = (await db.user.findUniqueOrThrow({ where: { id: staff.id } })).email;
    idp.users.set("warga", { password: "sandi-penyedia", claims: { email, email_verified: true } });
    idp.users.set("asing", { password: "sandi-penyedia", claims: { email: `asing.${randomUUID()}@contoh.id`, email_verified: true } });
    idp.users.set("belum", { password: "sandi-penyedia", claims: { email: staffEmail, email_verified: false } });
    const usersBefore = await db.user.count();
    for (const login of ["warga", "asing", "belum"]) {
      expect(refusal(await (await signInThrough(STAFF, login)).complete().catch((e: unknown) => e))).toEqual({
        code: "INVALID",
        messageKey: "oidc.error.noMatch",
      });
    }
    expect(await db.user.count()).toBe(usersBefore);
    expect((await refusalReasons(STAFF)).filter((r) => r === "noMatch").length).toBeGreaterThanOrEqual(3);
    expect(await db.user.findUniqueOrThrow({ where: { id: staff.id }, select: { lockedAt: true } })).toEqual({ lockedAt: null });
  });

  it("deactivation at the provider ends the portal session at the next check after OIDC_RECHECK_MINUTES", async () => {
    const officer = await createStaff(["OFFICER"]);
    const { email } = await db.user.findUniqueOrThrow({ where: { id: officer.id } });
    idp.users.set("dewi", { password: "sandi-penyedia", claims: { email, email_verified: true } });
    const completion = await (await signInThrough(STAFF, "dewi")).complete();
    const session = await sessionFrom((completion as { ticket: string }).ticket);
    const stored = await db.userSession.findUniqueOrThrow({ where: { id: session.sessionId! } });
    expect(stored.oidcRefreshCiphertext).toBeTruthy();
    const soon = new Date(Date.now() + 60_000);
    const later = new Date(Date.now() + 6 * 60_000);
    // Still active at the provider: the refresh succeeds and the session goes on.
    expect(await actorForSession(session, later)).toMatchObject({ kind: "user", id: officer.id });
    idp.deactivate("dewi");
    // Within the interval nothing is asked of the provider.
    expect(await actorForSession(session, soon)).toMatchObject({ kind: "user" });
    // The next check: the provider refuses the refresh token (invalid_grant) and the session is gone.
    expect(await actorForSession(session, new Date(later.getTime() + 6 * 60_000))).toBe(ANONYMOUS);
    expect(await db.userSession.findUnique({ where: { id: session.sessionId! } })).toBeNull();
  });
});

describe("refusals: state, nonce, consent, unknown issuer, provider down", () => {
  it("a callback with another browser's key, a replayed callback, or a nonce that does not match is refused and audited", async () => {
    const officer = await createStaff(["OFFICER"]);
    const { email } = await db.user.findUniqueOrThrow({ where: { id: officer.id } });
    idp.users.set("eka", { password: "sandi-penyedia", claims: { email, email_verified: true } });

    const other = await signInThrough(STAFF, "eka");
    const wrongBrowser = await completeOidcSignIn(ANONYMOUS, { slug: STAFF, callbackUrl: other.callbackUrl, browserKey: "kunci-peramban-lain" }, context).catch(
      (e) => e,
    );
    expect(refusal(wrongBrowser)).toEqual({ code: "INVALID", messageKey: "oidc.error.stateMismatch" });

    const once = await signInThrough(STAFF, "eka");
    await once.complete();
    expect(refusal(await once.complete().catch((e: unknown) => e))).toEqual({ code: "INVALID", messageKey: "oidc.error.stateMismatch" });

    const tampered = await signInThrough(STAFF, "eka");
    const flow = await db.oidcSignIn.findFirstOrThrow({ where: { consumedAt: null, provider: { slug: STAFF } }, orderBy: { createdAt: "desc" } });
    await db.oidcSignIn.update({ where: { id: flow.id }, data: { nonce: "nonce-yang-lain" } });
    expect(refusal(await tampered.complete().catch((e: unknown) => e))).toEqual({ code: "INVALID", messageKey: "oidc.error.nonceMismatch" });
    expect(await refusalReasons(STAFF)).toEqual(expect.arrayContaining(["stateMismatch", "nonceMismatch"]));
  });

  it("refused consent, an unknown provider and a provider that is down each have their message and audit entry", async () => {
    idp.users.set("fajar", { password: "sandi-penyedia", claims: { email: "fajar@contoh.id", email_verified: true } });
    expect(refusal(await (await signInThrough(STAFF, "fajar", { consent: false })).complete().catch((e: unknown) => e))).toEqual({
      code: "INVALID",
      messageKey: "oidc.error.denied",
    });
    expect(refusal(await beginOidcSignIn(ANONYMOUS, { slug: "tidak-ada" }, context).catch((e: unknown) => e))).toEqual({
      code: "NOT_FOUND",
      messageKey: "oidc.error.unknownProvider",
    });
    // Registered, but nothing listens at its issuer.
    await saveOidcProvider(admin, { ...providerInput(DEAD, "STAFF"), issuer: "http://127.0.0.1:9" }, context);
    expect(refusal(await beginOidcSignIn(ANONYMOUS, { slug: DEAD }, context).catch((e: unknown) => e))).toEqual({
      code: "UNAVAILABLE",
      messageKey: "oidc.error.providerDown",
    });
    expect(await refusalReasons(STAFF)).toContain("denied");
    expect(await refusalReasons(DEAD)).toEqual(["providerDown"]);
  });
});

describe("citizens sign in with a provider", () => {
  it("a new citizen gets an account with the provider's facts marked verified; an existing one must link first", async () => {
    const nik = `3275019${String(Date.now()).slice(-9)}`;
    const email = `ikd.${randomUUID()}@warga.test`;
    idp.users.set("ikd", {
      password: "sandi-penyedia",
      claims: { email, email_verified: true, name: "Sri Wahyuni", nik, birthdate: "1990-04-12", gender: "female" },
    });
    const completion = await (await signInThrough(CITIZENS, "ikd")).complete();
    const session = await sessionFrom((completion as { ticket: string }).ticket);
    const user = await db.user.findUniqueOrThrow({ where: { id: session.userId }, include: { profile: true, oidcLinks: true } });
    expect(user).toMatchObject({ email, name: "Sri Wahyuni", roles: ["CITIZEN"] });
    expect(user.profile?.nikMasked).toBe(`${nik.slice(0, 4)}**********${nik.slice(-2)}`);
    expect(user.oidcLinks[0]?.verifiedFields.sort()).toEqual(["birthDate", "name", "nik"]);
    expect(await actorForSession(session)).toMatchObject({ kind: "user", roles: ["CITIZEN"] });

    // Same person through the provider again: the same account, not a second one.
    const again = await (await signInThrough(CITIZENS, "ikd")).complete();
    expect((await redeemOidcTicket((again as { ticket: string }).ticket))?.user.id).toBe(session.userId);

    const existing = await createCitizen();
    const existingEmail = (await db.user.findUniqueOrThrow({ where: { id: existing.actor.id } })).email;
    idp.users.set("lama", { password: "sandi-penyedia", claims: { email: existingEmail, email_verified: true } });
    expect(refusal(await (await signInThrough(CITIZENS, "lama")).complete().catch((e: unknown) => e))).toEqual({
      code: "INVALID",
      messageKey: "oidc.error.linkFirst",
    });
  });

  it("a signed-in citizen links once, after both sides are proven; a different NIK is refused", async () => {
    const citizen = await createCitizen();
    const signedIn = await actorForSession(await openSession(citizen.actor.id));
    idp.users.set("tautan", {
      password: "sandi-penyedia",
      claims: { email: "tautan@contoh.id", email_verified: true, name: "Ratna S. Dewi", nik: citizen.nik },
    });
    const linked = await (await signInThrough(CITIZENS, "tautan", { actor: signedIn, link: true })).complete();
    expect(linked).toMatchObject({ kind: "linked" });
    const link = await db.oidcLink.findFirstOrThrow({ where: { userId: citizen.actor.id } });
    expect(link.verifiedFields.sort()).toEqual(["name", "nik"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: citizen.actor.id } })).name).toBe("Ratna S. Dewi");
    // Linking needs a signed-in citizen.
    expect(refusal(await beginOidcSignIn(ANONYMOUS, { slug: CITIZENS, link: true }, context).catch((e: unknown) => e))).toMatchObject({ code: "FORBIDDEN" });

    const other = await createCitizen();
    const otherActor = await actorForSession(await openSession(other.actor.id));
    idp.users.set("beda", { password: "sandi-penyedia", claims: { email: "beda@contoh.id", email_verified: true, nik: "3275010101010001" } });
    expect(refusal(await (await signInThrough(CITIZENS, "beda", { actor: otherActor, link: true })).complete().catch((e: unknown) => e))).toEqual({
      code: "INVALID",
      messageKey: "oidc.error.factsDiffer",
    });
    expect(await db.oidcLink.count({ where: { userId: other.actor.id } })).toBe(0);
  });

  it("a citizen unlinks a provider with the portal password: it no longer signs in, and the sessions it opened end", async () => {
    const citizen = await createCitizen();
    await db.user.update({ where: { id: citizen.actor.id }, data: { passwordHash: await hashPassword("Sandi-Portal-2026!") } });
    const passwordSession = await openSession(citizen.actor.id);
    const signedIn = await actorForSession(passwordSession);
    idp.users.set("putus", {
      password: "sandi-penyedia",
      claims: { email: "putus@contoh.id", email_verified: true, name: "Ratna Sari Dewi", nik: citizen.nik },
    });
    await (await signInThrough(CITIZENS, "putus", { actor: signedIn, link: true })).complete();
    // This browser signs in again, through the provider.
    const viaProvider = await sessionFrom(((await (await signInThrough(CITIZENS, "putus")).complete()) as { ticket: string }).ticket);
    expect(viaProvider.userId).toBe(citizen.actor.id);
    const unlink = (provider: string, currentPassword: string) =>
      unlinkOwnProvider(signedIn, { provider, currentPassword }, { ...context, sessionId: viaProvider.sessionId });

    expect(refusal(await unlink(CITIZENS, "bukan-sandinya").catch((e: unknown) => e))).toEqual({ code: "INVALID", messageKey: "error.invalidInput" });
    // A staff provider is not the owner's to unlink.
    expect(refusal(await unlink(STAFF, "Sandi-Portal-2026!").catch((e: unknown) => e))).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.oidcLink.count({ where: { userId: citizen.actor.id } })).toBe(1);

    expect(await unlink(CITIZENS, "Sandi-Portal-2026!")).toEqual({ unlinked: true, endedThisSession: true });
    expect(await db.oidcLink.count({ where: { userId: citizen.actor.id } })).toBe(0);
    expect(await actorForSession(viaProvider)).toMatchObject({ kind: "anonymous" });
    expect(await actorForSession(passwordSession)).toMatchObject({ kind: "user", id: citizen.actor.id });
    // Again (a second tab): nothing to unlink, nothing recorded twice.
    expect(await unlink(CITIZENS, "Sandi-Portal-2026!")).toEqual({ unlinked: false, endedThisSession: false });
    const audit = await db.auditEvent.findMany({ where: { action: "account.oidcUnlinked", entityId: citizen.actor.id } });
    expect(audit.map((event) => event.data)).toEqual([{ providerId: expect.any(String), sessionsEnded: 1 }]);
    // The provider's identity no longer reaches the account: its email and NIK are taken, so it is told to link first.
    expect(refusal(await (await signInThrough(CITIZENS, "putus")).complete().catch((e: unknown) => e))).toMatchObject({ messageKey: "oidc.error.linkFirst" });
  });

  it("a provider's back-channel logout ends the sessions it opened for that account at once; a token not its own, or too old, ends nothing", async () => {
    const citizen = await createCitizen();
    const passwordSession = await openSession(citizen.actor.id);
    idp.users.set("keluar-bc", {
      password: "sandi-penyedia",
      claims: { email: "keluar.bc@contoh.id", email_verified: true, name: "Ratna Sari Dewi", nik: citizen.nik },
    });
    await (await signInThrough(CITIZENS, "keluar-bc", { actor: await actorForSession(passwordSession), link: true })).complete();
    const viaProvider = await sessionFrom(((await (await signInThrough(CITIZENS, "keluar-bc")).complete()) as { ticket: string }).ticket);
    const end = (logoutToken: string, slug = CITIZENS) => endProviderSessions(ANONYMOUS, { slug, logoutToken }, context);

    // Refused, and nothing ends: not a token; a token signed with another key; the provider's own token for another provider's client id.
    const forged = await new SignJWT({ sub: "keluar-bc", jti: randomUUID(), events: { [BACKCHANNEL_LOGOUT_EVENT]: {} } })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(idp.issuer)
      .setAudience(TEST_CLIENT.clientId)
      .setIssuedAt()
      .sign(new TextEncoder().encode("kunci-palsu-yang-panjangnya-cukup-32b"));
    for (const token of ["bukan-token", forged]) {
      expect(refusal(await end(token).catch((e: unknown) => e))).toEqual({ code: "INVALID", messageKey: "oidc.error.logoutToken" });
    }
    expect(refusal(await end(await idp.logoutToken("keluar-bc"), "tidak-ada").catch((e: unknown) => e))).toMatchObject({ code: "NOT_FOUND" });
    // Too old: the same token read ten minutes on (a replay cannot end a session opened since).
    const provider = await db.oidcProvider.findUniqueOrThrow({ where: { slug: CITIZENS } });
    const config = await providerConfiguration(provider);
    const token = await idp.logoutToken("keluar-bc");
    expect(await verifyLogoutToken(config, token)).toMatchObject({ subject: "keluar-bc", tokenId: expect.any(String) });
    expect(await verifyLogoutToken(config, token, new Date(Date.now() + 10 * 60_000))).toBeNull();
    expect(await actorForSession(viaProvider)).toMatchObject({ kind: "user", id: citizen.actor.id });

    expect(await end(token)).toEqual({ sessionsEnded: 1 });
    expect(await actorForSession(viaProvider)).toMatchObject({ kind: "anonymous" });
    // The password session was not opened through the provider: it goes on.
    expect(await actorForSession(passwordSession)).toMatchObject({ kind: "user", id: citizen.actor.id });
    // Again (the provider retries): nothing left to end, still answered as done, recorded once.
    expect(await end(await idp.logoutToken("keluar-bc"))).toEqual({ sessionsEnded: 0 });
    // The first token delivered again within its five minutes (a retry, or a captured token replayed) does not end a session opened since.
    const openedSince = await sessionFrom(((await (await signInThrough(CITIZENS, "keluar-bc")).complete()) as { ticket: string }).ticket);
    expect(await end(token)).toEqual({ sessionsEnded: 0 });
    expect(await actorForSession(openedSince)).toMatchObject({ kind: "user", id: citizen.actor.id });
    const audit = await db.auditEvent.findMany({ where: { action: "account.oidcProviderLogout", entityId: citizen.actor.id } });
    expect(audit.map((event) => [event.actorId, event.data])).toEqual([[null, { providerId: provider.id, sessionsEnded: 1 }]]);
    // The token ids received are let go by the daily retention job once a day has passed: by then every such token is refused for its age.
    const seen = () => db.oidcLogoutTokenSeen.count({ where: { providerId: provider.id } });
    expect(await seen()).toBe(2);
    const pruneSeen = RETENTION_RULES.find((rule) => rule.table === "OidcLogoutTokenSeen")!.prune!;
    await pruneSeen(db, new Date(Date.now() + 12 * 3_600_000));
    expect(await seen()).toBe(2);
    await pruneSeen(db, new Date(Date.now() + (OIDC_LOGOUT_TOKEN_KEEP_DAYS + 1) * 86_400_000));
    expect(await seen()).toBe(0);
  });

  it("a logout token naming the provider's session (sid) ends the portal sessions opened under it, and only those", async () => {
    const slug = uniqueSlug("uji-sid");
    const withSid = await startTestProvider({
      redirectUris: [callbackOf(slug)],
      backchannelLogoutUri: `${PORTAL}/api/oidc/${slug}/backchannel-logout`,
      sessionIdRequired: true,
    });
    try {
      await saveOidcProvider(admin, { ...providerInput(slug, "CITIZENS"), issuer: withSid.issuer }, context);
      const provider = await db.oidcProvider.findUniqueOrThrow({ where: { slug } });
      const citizen = await createCitizen();
      withSid.users.set("dua-peramban", {
        password: "sandi-penyedia",
        claims: { email: `sid.${randomUUID()}@contoh.id`, email_verified: true, name: "Ayu Kartika", nik: citizen.nik },
      });
      const signedIn = await actorForSession(await openSession(citizen.actor.id));
      const ip = "203.0.113.80";
      await (await signInThrough(slug, "dua-peramban", { actor: signedIn, link: true, ip })).complete();
      // Two browsers, each signed in at the provider: two provider sessions, and the ID token names each one.
      const opened = async () => sessionFrom(((await (await signInThrough(slug, "dua-peramban", { ip })).complete()) as { ticket: string }).ticket);
      const [laptop, phone] = [await opened(), await opened()];
      const sidOf = async (session: { sessionId: string }) =>
        (await db.userSession.findUniqueOrThrow({ where: { id: session.sessionId }, select: { oidcSid: true } })).oidcSid;
      const [laptopSid, phoneSid] = [await sidOf(laptop), await sidOf(phone)];
      expect(laptopSid).toEqual(expect.any(String));
      expect(phoneSid).not.toBe(laptopSid);
      const end = (logoutToken: string) => endProviderSessions(ANONYMOUS, { slug, logoutToken }, context);

      // Signed out at the provider on the laptop: the laptop's portal session ends, the phone's goes on.
      expect(await end(await withSid.logoutToken("dua-peramban", { sid: laptopSid! }))).toEqual({ sessionsEnded: 1 });
      expect(await actorForSession(laptop)).toMatchObject({ kind: "anonymous" });
      expect(await actorForSession(phone)).toMatchObject({ kind: "user", id: citizen.actor.id });
      // A token naming only the provider session (no subject), as the specification allows: that session ends.
      expect(await end(await withSid.logoutToken("dua-peramban", { sid: phoneSid!, withoutSubject: true }))).toEqual({ sessionsEnded: 1 });
      expect(await actorForSession(phone)).toMatchObject({ kind: "anonymous" });
      // A session the provider never named (opened before it sent sid) is not left open by a token naming another.
      const unnamed = await opened();
      await db.userSession.update({ where: { id: unnamed.sessionId }, data: { oidcSid: null } });
      expect(await end(await withSid.logoutToken("dua-peramban", { sid: "sesi-lain" }))).toEqual({ sessionsEnded: 1 });
      // A token naming neither a subject nor a session is refused.
      const neither = await withSid.logoutToken("dua-peramban", { withoutSubject: true });
      expect(refusal(await end(neither).catch((e: unknown) => e))).toEqual({ code: "INVALID", messageKey: "oidc.error.logoutToken" });
      const audit = await db.auditEvent.findMany({ where: { action: "account.oidcProviderLogout", entityId: citizen.actor.id }, orderBy: { id: "asc" } });
      expect(audit.map((event) => event.data)).toEqual(Array.from({ length: 3 }, () => ({ providerId: provider.id, sessionsEnded: 1, providerSession: true })));
    } finally {
      await withSid.stop();
    }
  });

  it("a provider switched off still shows where a citizen is linked, so the link can be ended; nobody else is offered it", async () => {
    const linkedCitizen = await createCitizen();
    const other = await createCitizen();
    const signedIn = await actorForSession(await openSession(linkedCitizen.actor.id));
    idp.users.set("mati", {
      password: "sandi-penyedia",
      claims: { email: "mati@contoh.id", email_verified: true, name: "Ratna Sari Dewi", nik: linkedCitizen.nik },
    });
    await (await signInThrough(CITIZENS, "mati", { actor: signedIn, link: true })).complete();
    await db.oidcProvider.update({ where: { slug: CITIZENS }, data: { enabled: false } });
    try {
      expect((await citizenProviderLinks(linkedCitizen.actor.id)).find((provider) => provider.slug === CITIZENS)).toMatchObject({
        linked: true,
        enabled: false,
      });
      expect((await citizenProviderLinks(other.actor.id)).map((provider) => provider.slug)).not.toContain(CITIZENS);
      await db.user.update({ where: { id: linkedCitizen.actor.id }, data: { passwordHash: await hashPassword("Sandi-Portal-2026!") } });
      expect(await unlinkOwnProvider(signedIn, { provider: CITIZENS, currentPassword: "Sandi-Portal-2026!" }, context)).toEqual({
        unlinked: true,
        endedThisSession: false,
      });
      expect((await citizenProviderLinks(linkedCitizen.actor.id)).map((provider) => provider.slug)).not.toContain(CITIZENS);
    } finally {
      await db.oidcProvider.update({ where: { slug: CITIZENS }, data: { enabled: true } });
    }
  });

  it("a name the provider verified is not overwritten by an application form while the account is linked", async () => {
    const citizen = await createCitizen();
    const signedIn = await actorForSession(await openSession(citizen.actor.id));
    idp.users.set("nama", { password: "sandi-penyedia", claims: { email: "nama@contoh.id", email_verified: true, name: "Ratna Sari Dewi", nik: citizen.nik } });
    await (await signInThrough(CITIZENS, "nama", { actor: signedIn, link: true })).complete();
    const { id } = await completeDraft(citizen, { answers: { applicantName: "Nama Ketikan Lain" } });
    // The check page does not offer to write the verified name back; what the provider does not vouch for, it offers.
    const draft = await db.application.findUniqueOrThrow({ where: { id }, select: { answers: true, standardVersion: { select: { formDefinition: true } } } });
    const offered = await offeredProfileWriteBacks(citizen.actor.id, draft.standardVersion.formDefinition as FormDefinition, draft.answers as AnswersInput);
    expect(offered.map((update) => update.binding)).toContain("phone");
    expect(offered.map((update) => update.binding)).not.toContain("name");
    await submitApplication(citizen.actor, id, { updateProfile: ["name", "phone"] }, { ip: null });
    const user = await db.user.findUniqueOrThrow({ where: { id: citizen.actor.id }, include: { profile: true } });
    expect(user.name).toBe("Ratna Sari Dewi");
    // What the provider does not vouch for is written as before.
    expect(user.profile?.phone).toBe("+6281234567890");
  });
});

describe("signing out of a session opened through a provider", () => {
  it("sends the browser on to the provider's own sign-out, which comes back to the portal's home page", async () => {
    const citizen = await createCitizen();
    idp.users.set("keluar", { password: "sandi-penyedia", claims: { email: "keluar@contoh.id", email_verified: true, nik: citizen.nik } });
    await (await signInThrough(CITIZENS, "keluar", { actor: await actorForSession(await openSession(citizen.actor.id)), link: true })).complete();
    const viaProvider = await sessionFrom(((await (await signInThrough(CITIZENS, "keluar")).complete()) as { ticket: string }).ticket);
    const withPassword = await openSession(citizen.actor.id);

    expect(await providerOfSession(viaProvider.sessionId)).toBe(CITIZENS);
    expect(await providerOfSession(withPassword.sessionId)).toBeNull();
    expect(await providerOfSession(undefined)).toBeNull();

    const target = await providerSignOutUrl(CITIZENS);
    const url = new URL(target!.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${idp.issuer}/session/end`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ client_id: TEST_CLIENT.clientId, post_logout_redirect_uri: postLogoutRedirectUri() });
    // The provider accepts it: its confirmation, then back to the address registered there.
    const home = new URL(postLogoutRedirectUri());
    expect((await throughProvider(target!.url, home.origin)).toString()).toBe(home.toString());
  });

  it("has nowhere to send the browser for an unknown, disabled or unreachable provider", async () => {
    expect(await providerSignOutUrl("tidak-ada")).toBeNull();
    expect(await providerSignOutUrl(DEAD)).toBeNull();
    const disabled = uniqueSlug("uji-mati-suri");
    await saveOidcProvider(admin, { ...providerInput(disabled, "CITIZENS"), enabled: "" }, context);
    expect(await providerSignOutUrl(disabled)).toBeNull();
  });
});
