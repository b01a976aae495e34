import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { linkStyle } from "@/components/ui/styles";
import { CloseDayForm } from "@/components/visits/close-day-form";
import { VisitLocationForm } from "@/components/visits/location-form";
import { EditVisitCounterForm, EditVisitServiceForm } from "@/components/visits/offer-admin-forms";
import { VisitActionForm } from "@/components/visits/visit-forms";
import { requireStaff } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { pick, zoneAbbreviation } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import {
  closeVisitDayAction,
  editVisitCounterAction,
  editVisitServiceAction,
  removeVisitCounterAction,
  removeVisitServiceAction,
  saveVisitLocationAction,
} from "@/lib/visits/actions";
import { visitLocationsForAdmin } from "@/lib/visits/queries";

export const generateMetadata = pageTitle("visit.admin.title");
export const dynamic = "force-dynamic";

/** Admins keep the visit locations: hours, services with slot lengths and capacities, counters. */
export default async function VisitLocationsAdminPage({ searchParams }: { searchParams: Promise<{ tersimpan?: string; ditutup?: string }> }) {
  const [{ locale, t }, actor, query] = await Promise.all([getTranslator(), requireStaff("/petugas/admin/kunjungan"), searchParams]);
  if (!can(actor, "visit.manage")) forbidden();
  const { locations, services } = await visitLocationsForAdmin();
  const messages = messagesFor(locale, ["form.", "visit.", "error.", "i18n."]);
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
            <h2 className="font-semibold">
              {pick(locale, location, "name")} ({zoneAbbreviation(location.timezone)})
            </h2>
            <p className="text-sm text-slate-700">{location.address}</p>
            <h3 className="mt-3 font-semibold">{t("visit.admin.servicesHere")}</h3>
            <ul className="mt-1 space-y-1">
              {location.services.map((offer) => (
                <li key={offer.service.slug} className="flex flex-wrap items-center gap-3">
                  <span>
                    {offer.ticketLetter}: {pick(locale, offer.service, "name")} ({offer.slotMinutes}′ × {offer.capacityPerSlot})
                  </span>
                  <VisitActionForm
                    action={removeVisitServiceAction}
                    messages={messages}
                    hidden={{ locationSlug: location.slug, serviceSlug: offer.service.slug }}
                  >
                    <button type="submit" className={`${linkStyle} font-semibold`}>
                      {t("visit.admin.removeService", { service: pick(locale, offer.service, "name") })}
                    </button>
                  </VisitActionForm>
                </li>
              ))}
            </ul>
            <h3 className="mt-3 font-semibold">{t("visit.admin.countersHere")}</h3>
            <ul className="mt-1 space-y-1">
              {location.counters.map((counter) => (
                <li key={counter.id} className="flex flex-wrap items-center gap-3">
                  <span>
                    {counter.label}:{" "}
                    {location.services
                      .filter((offer) => counter.serviceIds.includes(offer.service.id))
                      .map((offer) => offer.ticketLetter)
                      .join(", ")}
                  </span>
                  <VisitActionForm action={removeVisitCounterAction} messages={messages} hidden={{ counterId: counter.id }}>
                    <button type="submit" className={`${linkStyle} font-semibold`}>
                      {t("visit.admin.removeCounter", { counter: counter.label })}
                    </button>
                  </VisitActionForm>
                </li>
              ))}
            </ul>
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
      <p className="mb-10 max-w-prose">{t("visit.admin.removeRule")}</p>
      <section aria-labelledby="edit-service" className="mb-10">
        <h2 id="edit-service" className="mb-2 text-2xl font-semibold">
          {t("visit.admin.editServiceTitle")}
        </h2>
        <p className="mb-4 max-w-prose">{t("visit.admin.editServiceLead")}</p>
        <EditVisitServiceForm
          action={editVisitServiceAction}
          messages={messages}
          offers={locations.flatMap((location) =>
            location.services.map((offer) => ({
              value: `${location.slug}/${offer.service.slug}`,
              label: `${pick(locale, location, "name")} — ${pick(locale, offer.service, "name")}`,
            })),
          )}
        />
      </section>
      <section aria-labelledby="edit-counter" className="mb-10">
        <h2 id="edit-counter" className="mb-2 text-2xl font-semibold">
          {t("visit.admin.editCounterTitle")}
        </h2>
        <EditVisitCounterForm
          action={editVisitCounterAction}
          messages={messages}
          counters={locations.flatMap((location) =>
            location.counters.map((counter) => ({ value: counter.id, label: `${pick(locale, location, "name")} — ${counter.label}` })),
          )}
          services={[...new Map(locations.flatMap((location) => location.services.map((offer) => [offer.service.slug, offer.service]))).values()].map(
            (service) => ({ value: service.slug, label: pick(locale, service, "name") }),
          )}
        />
      </section>
      <section aria-labelledby="close-day" className="mb-10">
        <h2 id="close-day" className="mb-2 text-2xl font-semibold">
          {t("visit.admin.closeTitle")}
        </h2>
        <p className="mb-4 max-w-prose">{t("visit.admin.closeLead")}</p>
        <CloseDayForm
          action={closeVisitDayAction}
          messages={messages}
          locations={locations.map((location) => ({ value: location.slug, label: pick(locale, location, "name") }))}
        />
      </section>
      <VisitLocationForm
        action={saveVisitLocationAction}
        messages={messages}
        services={services.map((service) => ({ value: service.slug, label: pick(locale, service, "name") }))}
      />
    </div>
  );
}
