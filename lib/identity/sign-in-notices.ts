import type { MessageKey } from "@/lib/platform/i18n/messages";

/** `/masuk?pesan=...`: what the sign-in page confirms after a flow that ends there. */
const SIGN_IN_NOTICES = {
  "sandi-diatur": "accountSecurity.notice.passwordSet",
  "email-dikonfirmasi": "accountSecurity.notice.emailConfirmed",
  "akun-dibuka": "accountSecurity.notice.unlocked",
  "sandi-dipulihkan": "recovery.notice.recovered",
  "tautan-diputus": "oidc.unlink.doneSignedOut",
} as const satisfies Record<string, MessageKey>;

export function signInNotice(raw: string | string[] | undefined): MessageKey | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && value in SIGN_IN_NOTICES ? SIGN_IN_NOTICES[value as keyof typeof SIGN_IN_NOTICES] : undefined;
}
