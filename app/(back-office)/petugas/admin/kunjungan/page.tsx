import Link from "next/link";
import { forbidden } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { linkStyle } from "@/components/ui/styles";
import { CloseDayForm } from "@/components/visits/close-day-form";
import { VisitLocationForm } from "@/components/visits/location-form";
import { requireStaff } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { pick, zoneAbbreviation } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { closeVisitDayAction, saveVisitLocationAction } from "@/lib/visits/actions";
import { visitLocationsForAdmin } from "@/lib/visits/queries";

export const generateMetadata = pageTitle("visit.admin.title");
export const dynamic = "force-dynamic";

/** Admins keep the visit locations: hours, services with slot lengths and capacities, counters. */
export default async function VisitLocationsAdminPage({ searchParams }: { searchParams: Promise<{ tersimpan?: string; ditutup?: string }> }) {
  const [{ locale, t }, actor, query] = await Promise.all([getTranslator(), requireStaff("/petugas/admin/kunjungan"), searchParams]);
  if (!can(actor, "visit.manage")) forbidden();
  const { locations, services } = await visitLocationsForAdmin();
  return (
    <div>
      <PageHeading title={t("visit.admin.title")} lead={t("visit.admin.lead")} />
      {query.tersimpan ? (
        <p role="status" className="mb-6 max-w-2xl border-l-8 border-brand-600 bg-white p-4 font-semibold">
          {t("visit.admin.saved", { slug: query.tersimpan })}
        </p>
      ) : null}
      {query.ditutup ? (
        <p role="status" className="mb-6 max-w-2xl border-l-8 border-brand-600 bg-white p-4 font-semibold">
          {t("visit.admin.closed")}
        </p>
      ) : null}
      <ul className="mb-10 space-y-4">
        {locations.map((location) => (
          <li key={location.slug} className="rounded-lg border border-slate-300 bg-white p-4">
            <p className="font-semibold">
              {pick(locale, location, "name")} ({zoneAbbreviation(location.timezone)})
            </p>
            <p className="text-sm text-slate-700">{location.address}</p>
            <p className="mt-1">
              {location.services
                .map((offer) => `${offer.ticketLetter}: ${pick(locale, offer.service, "name")} (${offer.slotMinutes}′ × ${offer.capacityPerSlot})`)
                .join(" · ")}
            </p>
            <p className="mt-1">{location.counters.map((counter) => counter.label).join(", ")}</p>
            <p className="mt-2 flex flex-wrap gap-4">
              <Link href={`/antrean/${location.slug}`} className={linkStyle}>
                /antrean/{location.slug}
              </Link>
              <Link href={`/antrean/${location.slug}/kios`} className={linkStyle}>
                {t("visit.busy.kiosk")}
              </Link>
              <Link href={`/antrean/${location.slug}/layar`} className={linkStyle}>
                {t("visit.busy.board")}
              </Link>
            </p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="close-day" className="mb-10">
        <h2 id="close-day" className="mb-2 text-2xl font-semibold">
          {t("visit.admin.closeTitle")}
        </h2>
        <p className="mb-4 max-w-prose">{t("visit.admin.closeLead")}</p>
        <CloseDayForm
          action={closeVisitDayAction}
          messages={messagesFor(locale, ["form.", "visit.", "error.", "i18n."])}
          locations={locations.map((location) => ({ value: location.slug, label: pick(locale, location, "name") }))}
        />
      </section>
      <VisitLocationForm
        action={saveVisitLocationAction}
        messages={messagesFor(locale, ["form.", "visit.", "error.", "i18n."])}
        services={services.map((service) => ({ value: service.slug, label: pick(locale, service, "name") }))}
      />
    </div>
  );
}
