import { verifiedFactsOf } from "@/lib/identity/oidc/queries";
import type { MessageKey, Translator } from "@/lib/platform/i18n/messages";

const FIELD_LABELS: Record<string, MessageKey> = { name: "oidc.fact.name", nik: "account.nik", birthDate: "account.birthDate" };

/** On /akun: which identity facts a linked provider verified, and that they stay as the provider says while linked. */
export async function OidcVerifiedNote({ userId, t }: { userId: string; t: Translator }) {
  const links = await verifiedFactsOf(userId);
  if (links.length === 0) return null;
  return (
    <ul className="mt-4 space-y-1 text-sm text-slate-700" data-testid="verified-facts">
      {links.map((link) => (
        <li key={link.provider.name}>
          <span className="font-semibold">{t("oidc.verifiedBy", { provider: link.provider.name })}:</span>{" "}
          {link.verifiedFields.map((field) => (FIELD_LABELS[field] ? t(FIELD_LABELS[field]) : field)).join(", ")}.{" "}
          {t("oidc.verifiedLocked", { provider: link.provider.name })}
        </li>
      ))}
    </ul>
  );
}
