import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/layout/page-heading";
import { factList, buttonSecondary, linkStyle } from "@/components/ui/styles";
import { BookingQr } from "@/components/visits/booking-qr";
import { VisitActionForm } from "@/components/visits/visit-forms";
import { requireUser } from "@/lib/auth/page-guards";
import { formatMoment, pick } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { cancelVisitAction } from "@/lib/visits/actions";
import { displayBookingCode } from "@/lib/visits/booking-code";
import { ownBooking } from "@/lib/visits/queries";

export const generateMetadata = pageTitle("visit.bookingTitle");
export const dynamic = "force-dynamic";

const NOTICES = { dipesan: "visit.bookedNotice", dipindah: "visit.rescheduled", dibatalkan: "visit.cancelled" } as const;

/** The citizen's booking: code and QR for the kiosk, the calendar file, and reschedule/cancel until the cutoff. */
export default async function VisitPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<{ hasil?: string }> }) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const [{ locale, t }, actor] = await Promise.all([getTranslator(), requireUser(`/kunjungan/${code}`)]);
  const booking = await ownBooking(actor, code);
  const display = displayBookingCode(booking.code);
  const zone = booking.location.timezone;
  const notice = NOTICES[query.hasil as keyof typeof NOTICES];
  return (
    <div>
      <PageHeading title={t("visit.bookingTitle")} />
      {notice ? (
        <p role="status" className="mb-6 max-w-2xl border-l-8 border-brand-600 bg-white p-4 font-semibold">
          {t(notice)}
        </p>
      ) : null}
      <dl className={factList}>
        <dt className="font-semibold">{t("visit.code")}</dt>
        <dd className="font-mono text-lg">{display}</dd>
        <dt className="font-semibold">{t("visit.statusLabel")}</dt>
        <dd>{t(`visit.status.${booking.status}`)}</dd>
        <dt className="font-semibold">{t("visit.service")}</dt>
        <dd>{pick(locale, booking.service, "name")}</dd>
        <dt className="font-semibold">{t("visit.when")}</dt>
        <dd>{formatMoment(booking.slot.startsAt, locale, zone)}</dd>
        <dt className="font-semibold">{t("visit.where")}</dt>
        <dd>
          {pick(locale, booking.location, "name")}, {booking.location.address}
        </dd>
        {booking.ticketNumber ? (
          <>
            <dt className="font-semibold">{t("visit.ticket")}</dt>
            <dd className="font-mono text-lg">{booking.ticketNumber}</dd>
          </>
        ) : null}
      </dl>
      {booking.application?.trackingNumber ? <p className="mt-4">{t("visit.fromApplication", { number: booking.application.trackingNumber })}</p> : null}
      {booking.changeable ? (
        <>
          <BookingQr code={booking.code} display={display} t={t} />
          <p className="mt-4 max-w-prose">{t("visit.arrive", { grace: booking.location.graceMinutes })}</p>
          <p className="mt-4">
            <a href={`/kunjungan/${booking.code}/kalender.ics`} className={linkStyle} download>
              {t("visit.calendar")}
            </a>
          </p>
          <p className="mt-4">{t("visit.changeUntil", { deadline: formatMoment(booking.changeDeadline, locale, zone) })}</p>
          <div className="mt-4 flex flex-wrap gap-4">
            <Link href={`/kunjungan?layanan=${booking.service.slug}&lokasi=${booking.location.slug}&ubah=${booking.code}`} className={buttonSecondary}>
              {t("visit.reschedule")}
            </Link>
            <VisitActionForm action={cancelVisitAction} messages={messagesFor(locale, ["form.", "visit.", "error.", "i18n."])} hidden={{ code: booking.code }}>
              <button type="submit" className={buttonSecondary}>
                {t("visit.cancel")}
              </button>
            </VisitActionForm>
          </div>
        </>
      ) : null}
      <p className="mt-8">
        <Link href="/kunjungan" className={linkStyle}>
          {t("visit.myBookings")}
        </Link>
      </p>
    </div>
  );
}
