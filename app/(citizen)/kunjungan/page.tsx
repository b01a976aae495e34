import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/layout/page-heading";
import { BookVisitForm, VisitActionForm, type SlotDay } from "@/components/visits/visit-forms";
import { buttonSecondary, linkStyle } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/page-guards";
import { formatMoment, pick, zoneAbbreviation } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { BOOKING_HORIZON_OPEN_DAYS } from "@/lib/visits/data";
import { bookVisitAction, joinVisitWaitlistAction, rescheduleVisitAction } from "@/lib/visits/actions";
import { displayBookingCode } from "@/lib/visits/booking-code";
import { formatVisitDay, formatVisitTime } from "@/lib/visits/format";
import { bookingChoices, ownActiveBookings, visitableServices } from "@/lib/visits/queries";

export const generateMetadata = pageTitle("visit.title");
export const dynamic = "force-dynamic";

type Query = { layanan?: string; lokasi?: string; permohonan?: string; ubah?: string; hasil?: string };

/**
 * Booking an office visit (DESIGN.md §13): choose the service, then the
 * location, then a free slot. Every step is a link or a plain form post.
 */
export default async function VisitBookingPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const returnPath = `/kunjungan?${new URLSearchParams(Object.entries(query).filter(([, value]) => typeof value === "string") as [string, string][]).toString()}`;
  const [{ locale, t }, actor] = await Promise.all([getTranslator(), requireUser(returnPath)]);
  const services = await visitableServices();
  const chosen = services.find((entry) => entry.service.slug === query.layanan);
  const location = chosen?.locations.find((candidate) => candidate.slug === query.lokasi);
  const messages = messagesFor(locale, ["form.", "visit.", "error.", "i18n."]);
  const keep = (extra: Record<string, string>) =>
    new URLSearchParams({ ...(query.permohonan ? { permohonan: query.permohonan } : {}), ...(query.ubah ? { ubah: query.ubah } : {}), ...extra }).toString();

  if (!chosen) {
    const bookings = await ownActiveBookings(actor);
    return (
      <div>
        <PageHeading title={t("visit.title")} lead={t("visit.lead")} />
        <section aria-labelledby="my-visits" className="mb-8">
          <h2 id="my-visits" className="mb-2 text-2xl font-semibold">
            {t("visit.myBookings")}
          </h2>
          {bookings.length === 0 ? (
            <p>{t("visit.noBookings")}</p>
          ) : (
            <ul className="space-y-2">
              {bookings.map((booking) => (
                <li key={booking.code}>
                  <Link href={`/kunjungan/${booking.code}`} className={linkStyle}>
                    {displayBookingCode(booking.code)}
                  </Link>{" "}
                  — {pick(locale, booking.location, "name")}, {formatMoment(booking.slot.startsAt, locale, booking.location.timezone)} (
                  {t(`visit.status.${booking.status}`)})
                </li>
              ))}
            </ul>
          )}
        </section>
        <h2 className="mb-2 text-2xl font-semibold">{t("visit.services")}</h2>
        <ul className="space-y-2">
          {services.map((entry) => (
            <li key={entry.service.slug}>
              <Link href={`/kunjungan?${keep({ layanan: entry.service.slug })}`} className={linkStyle}>
                {pick(locale, entry.service, "name")}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  if (!location) {
    return (
      <div>
        <PageHeading title={t("visit.title")} lead={t("visit.locationFor", { service: pick(locale, chosen.service, "name") })} />
        <h2 className="mb-2 text-2xl font-semibold">{t("visit.chooseLocation")}</h2>
        <ul className="space-y-3">
          {chosen.locations.map((candidate) => (
            <li key={candidate.slug}>
              <Link href={`/kunjungan?${keep({ layanan: chosen.service.slug, lokasi: candidate.slug })}`} className={linkStyle}>
                {pick(locale, candidate, "name")}
              </Link>
              <div className="text-sm text-slate-700">{candidate.address}</div>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  const { offer, slots } = await bookingChoices(location.slug, chosen.service.slug);
  const zone = offer.location.timezone;
  const days: SlotDay[] = [];
  for (const slot of slots) {
    let day = days.at(-1);
    if (!day || day.date !== slot.date) {
      day = { date: slot.date, label: formatVisitDay(slot.date, locale), slots: [] };
      days.push(day);
    }
    const time = formatVisitTime(slot.startsAt, locale, zone);
    day.slots.push({ id: slot.id, label: t(slot.changeable ? "visit.slotFree" : "visit.slotFreeFinal", { time, free: slot.free }) });
  }
  const anyFinal = slots.some((slot) => !slot.changeable);
  const rescheduling = query.ubah;
  return (
    <div>
      <PageHeading
        title={t("visit.slotsTitle")}
        lead={t("visit.slotsLead", {
          service: pick(locale, offer.service, "name"),
          location: pick(locale, offer.location, "name"),
          zone: zoneAbbreviation(zone),
        })}
      />
      {query.hasil === "daftar-tunggu" ? (
        <p role="status" className="mb-6 max-w-2xl border-l-8 border-brand-600 bg-white p-4 font-semibold">
          {t("visit.waitlistJoined")}
        </p>
      ) : null}
      {days.length === 0 ? <p className="mb-6">{t("visit.noSlots", { days: BOOKING_HORIZON_OPEN_DAYS })}</p> : null}
      {anyFinal ? (
        <p className="mb-6 max-w-2xl" data-testid="final-slots-note">
          {t("visit.finalSlotsNote", { hours: offer.location.changeCutoffHours })}
        </p>
      ) : null}
      {days.length > 0 ? (
        rescheduling ? (
          <BookVisitForm
            action={rescheduleVisitAction}
            messages={messages}
            days={days}
            hidden={{ code: rescheduling }}
            submitLabel={t("visit.rescheduleSubmit")}
          />
        ) : (
          <BookVisitForm
            action={bookVisitAction}
            messages={messages}
            days={days}
            hidden={{ locationSlug: location.slug, serviceSlug: chosen.service.slug, ...(query.permohonan ? { applicationId: query.permohonan } : {}) }}
            submitLabel={t("visit.book")}
          />
        )
      ) : null}
      <section aria-labelledby="waitlist-title" className="mt-10 max-w-prose">
        <h2 id="waitlist-title" className="text-xl font-semibold">
          {t("visit.waitlistTitle")}
        </h2>
        <p className="mb-3">{t("visit.waitlistLead")}</p>
        <VisitActionForm action={joinVisitWaitlistAction} messages={messages} hidden={{ locationSlug: location.slug, serviceSlug: chosen.service.slug }}>
          <button type="submit" className={buttonSecondary}>
            {t("visit.waitlistJoin")}
          </button>
        </VisitActionForm>
      </section>
    </div>
  );
}
