import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize, ownAccountRole } from "@/lib/auth/policy";
import { notify } from "@/lib/notifications/notify";
import { recordAudit } from "@/lib/platform/audit";
import { db, type Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { hitRateLimit } from "@/lib/platform/rate-limit";
import { parseOrThrow } from "@/lib/platform/validation";
import { Prisma } from "@/lib/generated/prisma/client";
import { issueAccountToken } from "@/lib/auth/account-tokens";
import { blindIndex, protectNik } from "../nik-vault";
import { hashPassword } from "../password-hash";
import { registrationSchema, type RegistrationInput } from "../schemas";

// Sized for a whole office or campus behind one NAT address.
const REGISTRATIONS_PER_IP_PER_HOUR = 30;
// Registrations naming an existing account's email or NIK email its owner: at most once in this window, however many posts.
const NOTICES_PER_OWNER = { limit: 1, windowMs: 6 * 60 * 60_000 };

/**
 * Registration answers "check your email" whatever happens, so it never tells
 * whether an email or a NIK already holds an account (DESIGN.md §9):
 * - new email and NIK: the account is created, unusable until the emailed
 *   confirmation link is followed;
 * - the email or the NIK belongs to an account: its owner is emailed that
 *   someone tried to register with it (an unconfirmed registration of the same
 *   email is sent a fresh confirmation link instead), at most once per owner
 *   in six hours, so repeated posts cannot flood an inbox (an earlier link
 *   keeps working meanwhile).
 * Only format problems (field errors) and the rate limit are told to the caller.
 */
export async function registerCitizen(actor: Actor, input: unknown, context: { ip: string | null }): Promise<{ outcome: "checkEmail" }> {
  authorize(actor, "account.register");
  const data = parseOrThrow(registrationSchema, input);

  if (context.ip) {
    const attempts = await hitRateLimit(db, `register:ip:${context.ip}`, {
      limit: REGISTRATIONS_PER_IP_PER_HOUR,
      windowMs: 60 * 60 * 1000,
    });
    if (attempts > REGISTRATIONS_PER_IP_PER_HOUR) throw new AppError("RATE_LIMITED", "error.rateLimited");
  }

  // Hashed on every path, so the answer takes as long whether or not the account exists.
  const passwordHash = await hashPassword(data.password);
  const nik = protectNik(data.nik);
  try {
    await db.$transaction(async (tx) => {
      const existing = await tx.user.findMany({
        where: { OR: [{ email: data.email }, { profile: { nikBlindIndex: blindIndex(data.nik) } }] },
        select: { id: true, email: true, emailConfirmedAt: true },
      });
      if (existing.length > 0) return tellExistingOwners(tx, existing, data.email, context);
      await createUnconfirmedAccount(tx, data, passwordHash, nik, context);
    });
  } catch (error) {
    // A concurrent registration with the same email or NIK got there first; its owner is told by that registration.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
  return { outcome: "checkEmail" };
}

async function createUnconfirmedAccount(
  tx: Tx,
  data: ReturnType<typeof registrationSchema.parse>,
  passwordHash: string,
  nik: ReturnType<typeof protectNik>,
  context: { ip: string | null },
) {
  const user = await tx.user.create({
    data: {
      email: data.email,
      name: data.name,
      passwordHash,
      roles: ["CITIZEN"],
      emailConfirmedAt: null,
      profile: {
        create: {
          nikCiphertext: nik.ciphertext,
          nikKeyId: nik.keyId,
          nikBlindIndex: nik.blindIndex,
          nikMasked: nik.masked,
          birthDate: new Date(`${data.birthDate}T00:00:00Z`),
          sex: data.sex,
        },
      },
    },
    select: { id: true, roles: true },
  });
  const link = await issueAccountToken(tx, user.id, "confirmEmail");
  await notify(tx, { userId: user.id, messageKey: "accountSecurity.confirmEmail", params: { name: data.name }, link, email: true });
  await recordAudit(tx, {
    actorId: user.id,
    actorRole: ownAccountRole(user.roles),
    action: "account.registered",
    entityType: "User",
    entityId: user.id,
    ip: context.ip,
  });
}

async function tellExistingOwners(
  tx: Tx,
  owners: { id: string; email: string; emailConfirmedAt: Date | null }[],
  email: RegistrationInput["email"],
  context: { ip: string | null },
) {
  for (const owner of owners) {
    // Counted in this transaction: of parallel registrations naming the same owner, one sends the notice.
    const noticeSent = (await hitRateLimit(tx, `register:notice:${owner.id}`, NOTICES_PER_OWNER)) <= NOTICES_PER_OWNER.limit;
    if (noticeSent) await tellOwner(tx, owner, owner.email === email && !owner.emailConfirmedAt);
    await recordAudit(tx, { action: "account.registrationRepeated", entityType: "User", entityId: owner.id, ip: context.ip, data: { noticeSent } });
  }
}

async function tellOwner(tx: Tx, owner: { id: string }, unconfirmedSameEmail: boolean) {
  if (unconfirmedSameEmail) {
    // The same person registering again before confirming: a fresh link (the old one stops working).
    const link = await issueAccountToken(tx, owner.id, "confirmEmail");
    await notify(tx, { userId: owner.id, messageKey: "accountSecurity.confirmEmailAgain", link, email: true });
  } else {
    await notify(tx, { userId: owner.id, messageKey: "accountSecurity.registrationAttempt", link: "/masuk", email: true });
  }
}
