import { Link } from "@/components/ui/link";
import { linkStyle } from "@/components/ui/styles";
import { formatCalendarDate } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";

type Version = { version: number; decreeNumber: string; effectiveFrom: Date };

type Props = { slug: string; versions: Version[]; shown: number; scheduled: number[]; locale: Locale; t: Translator };

/** Every published version of a service's standard, newest first; each stays viewable, a scheduled one says so. */
export function VersionHistory({ slug, versions, shown, scheduled, locale, t }: Props) {
  if (versions.length < 2) return null;
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading" className="text-lg font-semibold">
        {t("service.versionsTitle")}
      </h2>
      <ul className="mt-2 space-y-2 text-sm">
        {versions.map((version) => {
          const label = t(scheduled.includes(version.version) ? "service.versionEntryScheduled" : "service.versionEntry", {
            version: version.version,
            date: formatCalendarDate(version.effectiveFrom, locale),
            decree: version.decreeNumber,
          });
          return (
            <li key={version.version}>
              {version.version === shown ? (
                <span aria-current="page" className="font-semibold">
                  {label}
                </span>
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
