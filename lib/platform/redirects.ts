/**
 * Only same-site paths may be redirect targets: "/akun" yes; "//evil.example",
 * "/\\evil.example", "https://…" and anything with control characters no.
 */
export function safeRedirectPath(candidate: unknown, fallback: string): string {
  if (typeof candidate !== "string" || candidate.length > 512) return fallback;
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(candidate)) return fallback;
  return candidate;
}
