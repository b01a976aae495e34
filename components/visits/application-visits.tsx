import { Link } from "@/components/ui/link";
import { buttonSecondary, linkStyle } from "@/components/ui/styles";
import { formatMoment, pick } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { displayBookingCode } from "@/lib/visits/booking-code";
import type { applicationVisits } from "@/lib/visits/queries";

type Visits = Awaited<ReturnType<typeof applicationVisits>>;

/**
 * The office visits of an application, on the applicant's page and the
 * agency's case page: booked time and place, and where it was served. The
 * applicant also gets "book a recording time" while the service needs a visit.
 */
export function ApplicationVisits({
  visits,
  bookHref,
  ownerView,
  locale,
  t,
}: {
  visits: Visits;
  bookHref: string | null;
  ownerView: boolean;
  locale: Locale;
  t: Translator;
}) {
  if (visits.length === 0 && !bookHref) return null;
  return (
    <section aria-labelledby="visits-title" className="mt-8">
      <h2 id="visits-title" className="mb-2 text-2xl font-semibold">
        {t("visit.caseVisit")}
      </h2>
      <ul className="space-y-2">
        {visits.map((visit) => {
          const location = pick(locale, visit.location, "name");
          const served = visit.ticket?.finishedAt && visit.ticket.counter && visit.ticketNumber;
          return (
            <li key={visit.code}>
              {served
                ? t("visit.caseVisitServed", {
                    counter: visit.ticket!.counter!.label,
                    location,
                    at: formatMoment(visit.ticket!.finishedAt!, locale, visit.location.timezone),
                    ticket: visit.ticketNumber!,
                  })
                : t("visit.caseVisitBooked", {
                    at: formatMoment(visit.slot.startsAt, locale, visit.location.timezone),
                    location,
                    code: displayBookingCode(visit.code),
                    status: t(`visit.status.${visit.status}`),
                  })}
              {ownerView ? (
                <>
                  {" "}
                  <Link href={`/kunjungan/${visit.code}`} className={linkStyle}>
                    {displayBookingCode(visit.code)}
                  </Link>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      {bookHref ? (
        <p className="mt-4">
          <Link href={bookHref} className={buttonSecondary}>
            {t("visit.bookVisitForApplication")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
