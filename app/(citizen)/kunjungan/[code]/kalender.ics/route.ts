import { currentActor } from "@/lib/auth/current-actor";
import { env } from "@/lib/platform/env";
import { errorResponse } from "@/lib/platform/http";
import { translator } from "@/lib/platform/i18n/messages";
import { getLocale } from "@/lib/platform/i18n/server";
import { displayBookingCode } from "@/lib/visits/booking-code";
import { calendarFile } from "@/lib/visits/calendar-file";
import { ownBooking } from "@/lib/visits/queries";

export const dynamic = "force-dynamic";

/** The booking as a calendar file, for its owner. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  try {
    const [booking, locale] = await Promise.all([ownBooking(await currentActor(), code), getLocale()]);
    const t = translator(locale);
    const display = displayBookingCode(booking.code);
    const url = new URL(`/kunjungan/${booking.code}`, env().PUBLIC_URL).toString();
    const name = locale === "id" ? booking.service.nameId : booking.service.nameEn;
    const place = locale === "id" ? booking.location.nameId : booking.location.nameEn;
    const ics = calendarFile({
      uid: `${booking.code}@satupintu`,
      startsAt: booking.slot.startsAt,
      endsAt: booking.slot.endsAt,
      summary: `${name} (${display})`,
      location: `${place}, ${booking.location.address}`,
      description: `${t("visit.code")}: ${display}. ${t("visit.arrive", { grace: booking.location.graceMinutes })} ${url}`,
      url,
      now: new Date(),
    });
    return new Response(ics, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="kunjungan-${booking.code}.ics"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
