import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { hitRateLimit } from "@/lib/platform/rate-limit";
import { parseOrThrow } from "@/lib/platform/validation";
import { Prisma } from "@/lib/generated/prisma/client";
import { blindIndex, protectNik } from "../nik-vault";
import { hashPassword } from "../password-hash";
import { registrationSchema } from "../schemas";

// Sized for a whole office or campus behind one NAT address.
const REGISTRATIONS_PER_IP_PER_HOUR = 30;

/** Creates a citizen account with its profile; NIK is stored encrypted. */
export async function registerCitizen(actor: Actor, input: unknown, context: { ip: string | null }) {
  authorize(actor, "account.register");
  const data = parseOrThrow(registrationSchema, input);

  if (context.ip) {
    const attempts = await hitRateLimit(db, `register:ip:${context.ip}`, {
      limit: REGISTRATIONS_PER_IP_PER_HOUR,
      windowMs: 60 * 60 * 1000,
    });
    if (attempts > REGISTRATIONS_PER_IP_PER_HOUR) throw new AppError("RATE_LIMITED", "error.rateLimited");
  }

  // One message for both: telling which of the two exists would let anyone
  // probe whether a given NIK holds an account.
  const taken = new AppError("CONFLICT", "error.accountExists", {
    email: ["error.accountExists"],
    nik: ["error.accountExists"],
  });
  const existing = await db.user.findFirst({
    where: { OR: [{ email: data.email }, { profile: { nikBlindIndex: blindIndex(data.nik) } }] },
    select: { id: true },
  });
  if (existing) throw taken;

  const passwordHash = await hashPassword(data.password);
  const nik = protectNik(data.nik);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: data.email,
          name: data.name,
          passwordHash,
          roles: ["CITIZEN"],
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
        select: { id: true, email: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        actorRole: "CITIZEN",
        action: "account.registered",
        entityType: "User",
        entityId: user.id,
        ip: context.ip,
      });
      return user;
    });
  } catch (error) {
    // A concurrent registration with the same email or NIK lost the race.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw taken;
    throw error;
  }
}
