import { counterRecovery, ctx, EMPTY_STATE, form, guarded, OWN_ACCOUNT, type MatrixEntry } from "@/tests/fixtures/authorization-matrix-kit";

/**
 * Issue 25, passkeys and one's own factors: the rows of the authorization
 * matrix (authorization-matrix.ts) for lib/identity/passkey-actions.ts and
 * the use cases behind it. Kept apart so the identity work of one branch
 * merges beside another's.
 */

const SECOND_STEP_ONLY = {
  otherCitizen: "answers only the caller's own session between password and code; a signed-in session has nothing to verify",
  otherAgencyOfficer: "answers only the caller's own session between password and code; a signed-in session has nothing to verify",
};
const ANY_COUNTER = {
  otherAgencyOfficer: "any agency's counter serves any citizen: accounts belong to no agency, and the KTP-el checked in person is the check",
};
/** What the counter officer types: the KTP-el's NIK and birth date, and the in-person NIK check. */
const counterFactorReset = (world: Parameters<typeof counterRecovery>[0]) => {
  const { nik, birthDate } = counterRecovery(world);
  return { nik, birthDate, nikMatched: "on" };
};
const NOT_A_PASSKEY = JSON.stringify({ id: "bukan-passkey", response: { clientDataJSON: "e30" } });
const COUNTER_STAFF_ONLY = ["anonymous", "otherCitizen", "supervisor", "admin"] as const;

export const PASSKEY_MATRIX: Record<string, MatrixEntry> = {
  // ——— use cases ———
  startPasskeyRegistration: guarded(["anonymous"], (fn, { actor }) => fn(actor), { notApplicable: OWN_ACCOUNT }),
  finishPasskeyRegistration: guarded(["anonymous"], (fn, { actor }) => fn(actor, { name: "Uji", response: NOT_A_PASSKEY }, { ...ctx, sessionId: undefined }), {
    notApplicable: OWN_ACCOUNT,
  }),
  startPasskeyProof: guarded(["anonymous"], (fn, { actor }) => fn(actor), { notApplicable: OWN_ACCOUNT }),
  startPasskeySignIn: {
    kind: "public",
    reason:
      "the sign-in's second step: called only with the session that passed the password (currentPendingSecondFactor); the passkey's signature is the check (tests/integration/passkeys.test.ts)",
  },
  removeOwnFactor: guarded(["anonymous"], (fn, { actor }) => fn(actor, { factor: "totp", currentPassword: "bukan-sandi", code: "123456" }, ctx), {
    notApplicable: OWN_ACCOUNT,
  }),
  regenerateRecoveryCodes: guarded(["anonymous"], (fn, { actor }) => fn(actor, { code: "123456" }, ctx), { notApplicable: OWN_ACCOUNT }),
  resetCitizenFactorAtCounter: guarded(COUNTER_STAFF_ONLY, (fn, { actor, world }) => fn(actor, counterFactorReset(world), ctx), { notApplicable: ANY_COUNTER }),
  // ——— lib/identity/passkey-actions.ts ———
  passkeyRegistrationOptionsAction: guarded(["anonymous"], (fn) => fn(), { notApplicable: OWN_ACCOUNT }),
  passkeySignInOptionsAction: guarded(["anonymous"], (fn) => fn(), { notApplicable: SECOND_STEP_ONLY }),
  passkeyProofOptionsAction: guarded(["anonymous"], (fn) => fn(), { notApplicable: OWN_ACCOUNT }),
  finishPasskeyRegistrationAction: guarded(["anonymous"], (fn) => fn(EMPTY_STATE, form({ name: "Uji", passkeyResponse: NOT_A_PASSKEY })), {
    notApplicable: OWN_ACCOUNT,
  }),
  removeOwnFactorAction: guarded(["anonymous"], (fn) => fn("totp", EMPTY_STATE, form({ currentPassword: "bukan-sandi", code: "123456" })), {
    notApplicable: OWN_ACCOUNT,
  }),
  regenerateRecoveryCodesAction: guarded(["anonymous"], (fn) => fn(EMPTY_STATE, form({ code: "123456" })), { notApplicable: OWN_ACCOUNT }),
  resetCitizenFactorAtCounterAction: guarded(COUNTER_STAFF_ONLY, (fn, { world }) => fn(EMPTY_STATE, form(counterFactorReset(world))), {
    notApplicable: ANY_COUNTER,
  }),
};
