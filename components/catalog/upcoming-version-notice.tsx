import { Link } from "@/components/ui/link";
import { linkStyle } from "@/components/ui/styles";
import type { PublishedService } from "@/lib/catalog/queries";
import { formatCalendarDate } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";

/** On the page of the version in force: the next scheduled version, its date, and what it means for applications. */
export function UpcomingVersionNotice({ service, locale, t }: { service: PublishedService; locale: Locale; t: Translator }) {
  const next = service.upcoming[0];
  if (!next || service.currentVersionNumber === null) return null;
  return (
    <section aria-labelledby="upcoming-version-heading" className="mt-6 max-w-3xl border-l-4 border-brand-700 bg-white p-4">
      <h2 id="upcoming-version-heading" className="font-semibold">
        {t("service.upcomingTitle", { date: formatCalendarDate(next.effectiveFrom, locale) })}
      </h2>
      <p className="mt-1">
        {t("service.upcomingNotice", {
          version: next.version,
          decree: next.decreeNumber,
          date: formatCalendarDate(next.effectiveFrom, locale),
          current: service.currentVersionNumber,
        })}{" "}
        <Link href={`/layanan/${service.slug}/versi/${next.version}`} className={linkStyle}>
          {t("service.upcomingLink", { version: next.version })}
        </Link>
      </p>
    </section>
  );
}
