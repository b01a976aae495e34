import Link from "next/link";
import { linkStyle } from "@/components/ui/styles";
import { formatCalendarDate } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";

type Version = { version: number; decreeNumber: string; effectiveFrom: Date };

/** Every published version of a service's standard, newest first; each stays viewable. */
export function VersionHistory({ slug, versions, shown, locale, t }: { slug: string; versions: Version[]; shown: number; locale: Locale; t: Translator }) {
  if (versions.length < 2) return null;
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading" className="text-lg font-semibold">
        {t("service.versionsTitle")}
      </h2>
      <ul className="mt-2 space-y-2 text-sm">
        {versions.map((version) => {
          const label = t("service.versionEntry", { version: version.version, date: formatCalendarDate(version.effectiveFrom, locale), decree: version.decreeNumber });
          return (
            <li key={version.version}>
              {version.version === shown ? (
                <span aria-current="page" className="font-semibold">{label}</span>
              ) : (
                <Link href={`/layanan/${slug}/versi/${version.version}`} className={linkStyle}>
                  {label}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
