import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import type { RateLimitRule } from "@/lib/platform/rate-limit";
import { emailSchema } from "./schemas";

/** Queue of the background step that looks the address up and emails the link (see requestPasswordRecovery). */
export const PASSWORD_RECOVERY_QUEUE = "identity.password-recovery";

/** Per address (that is, per account): a few links an hour are enough, and no more emails than that reach its owner. */
export const RECOVERY_PER_ACCOUNT: RateLimitRule = { limit: 3, windowMs: 60 * 60_000 };
/** Per client address, sized for an office behind one NAT address. */
export const RECOVERY_PER_IP: RateLimitRule = { limit: 20, windowMs: 60 * 60_000 };
/** Per counter officer: a counter serves a few people an hour, not dozens. */
export const COUNTER_RECOVERY_PER_OFFICER: RateLimitRule = { limit: 20, windowMs: 60 * 60_000 };

/** The address is hashed, so the counters do not list who asked. */
export const recoveryAccountKey = (email: string) => `recovery:account:${createHash("sha256").update(email).digest("hex")}`;
export const recoveryIpKey = (ip: string) => `recovery:ip:${ip}`;
export const counterRecoveryKey = (officerId: string) => `recovery:counter:${officerId}`;

const required = "validation.required";

export const recoveryRequestSchema = z.object({ email: emailSchema });

/** What the counter officer types from the citizen's KTP-el, and the new address the citizen gives. */
export const counterRecoverySchema = z.object({
  nik: z
    .string()
    .trim()
    .min(1, required)
    .transform((nik) => nik.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{16}$/, "validation.nik.format")),
  birthDate: z
    .string()
    .trim()
    .min(1, required)
    .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date"),
  email: emailSchema,
  identityChecked: z.literal("on", { message: "recovery.counter.error.identityNotChecked" }),
});

/** Resetting a citizen's second factor at the counter: the KTP-el's NIK and birth date, and the officer's word that the card's NIK matches. */
export const counterFactorResetSchema = z.object({
  nik: counterRecoverySchema.shape.nik,
  birthDate: counterRecoverySchema.shape.birthDate,
  nikMatched: z.literal("on", { message: "factors.counter.error.nikNotMatched" }),
});
