import { Link } from "@/components/ui/link";
import { linkStyle } from "@/components/ui/styles";
import type { ContactProfile } from "@/lib/identity/profile-queries";
import type { Translator } from "@/lib/platform/i18n/messages";

/**
 * The citizen's contact details on /akun, however they were saved (here or
 * from an application form), with the way to change them.
 */
export function ContactDetails({ profile, t }: { profile: ContactProfile; t: Translator }) {
  const address = [profile.addressLine, profile.village, profile.district, profile.regency, profile.province, profile.postalCode].filter(Boolean).join(", ");
  const rows = [
    { key: "phone", label: t("profile.phone"), value: profile.phone },
    { key: "kkNumber", label: t("profile.kkNumber"), value: profile.kkNumberMasked, mono: true },
    { key: "birthPlace", label: t("profile.birthPlace"), value: profile.birthPlace },
    { key: "address", label: t("profile.address"), value: address || null },
  ];
  return (
    <section aria-labelledby="contact-heading" className="mt-8 max-w-2xl rounded-lg border border-slate-300 bg-white p-6" data-testid="contact-details">
      <h2 id="contact-heading" className="text-xl font-semibold">
        {t("profile.contactTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("profile.contactLead")}</p>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {rows.map((row) => (
          <div key={row.key} className="contents">
            <dt className="text-slate-600">{row.label}</dt>
            <dd className={`break-words ${row.mono && row.value ? "font-mono" : ""}`} data-testid={`profile-${row.key}`}>
              {row.value ?? <span className="text-slate-600">{t("profile.notSet")}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-4">
        <Link href="/akun/profil" className={linkStyle}>
          {t("profile.edit")}
        </Link>
      </p>
    </section>
  );
}
