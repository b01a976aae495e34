import { cookies } from "next/headers";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonPrimary } from "@/components/ui/styles";
import { KioskCheckInForm, KioskTicketForm } from "@/components/visits/kiosk-forms";
import { OrderRules } from "@/components/visits/order-rules";
import { VisitActionForm } from "@/components/visits/visit-forms";
import { currentActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/policy";
import { pick } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { activateKioskAction, checkInVisitAction, issueVisitTicketAction } from "@/lib/visits/actions";
import { isValidKioskToken, KIOSK_COOKIE } from "@/lib/visits/kiosk-token";
import { kioskView } from "@/lib/visits/queries";

export const generateMetadata = pageTitle("visit.kiosk.title");
export const dynamic = "force-dynamic";

/**
 * The entrance kiosk: check in with the booking code (a QR scanner types it
 * into the field), or take a walk-in or priority number. Anyone may open the
 * page; only a device staff activated may write (lib/visits/kiosk-token.ts).
 */
export default async function KioskPage({ params }: { params: Promise<{ location: string }> }) {
  const { location: slug } = await params;
  const [{ locale, t }, { location, services }, jar, actor] = await Promise.all([getTranslator(), kioskView(slug), cookies(), currentActor()]);
  const active = isValidKioskToken(jar.get(KIOSK_COOKIE)?.value, location.id);
  const messages = messagesFor(locale, ["form.", "visit.", "error.", "i18n."]);
  const options = services.map((offer) => ({ value: offer.service.slug, label: `${offer.ticketLetter} — ${pick(locale, offer.service, "name")}` }));
  const name = pick(locale, location, "name");
  return (
    <div className="text-lg">
      <PageHeading title={t("visit.kiosk.title")} lead={t("visit.kiosk.lead", { location: name })} />
      {!active ? (
        <section aria-labelledby="kiosk-activate" className="mb-8 max-w-prose border-l-8 border-accent-500 bg-white p-4">
          <h2 id="kiosk-activate" className="text-xl font-semibold">
            {t("visit.kiosk.activateTitle")}
          </h2>
          <p className="mt-2">{t("visit.kiosk.activateLead")}</p>
          {actor.kind === "user" && can(actor, "backOffice.enter") ? (
            <VisitActionForm action={activateKioskAction} messages={messages} hidden={{ locationSlug: location.slug }} className="mt-4">
              <button type="submit" className={buttonPrimary}>
                {t("visit.kiosk.activate")}
              </button>
            </VisitActionForm>
          ) : (
            <p className="mt-2 font-semibold">{t("visit.kiosk.notActive")}</p>
          )}
        </section>
      ) : null}
      <div className="grid gap-10 md:grid-cols-2">
        <section aria-labelledby="kiosk-check-in">
          <h2 id="kiosk-check-in" className="mb-3 text-2xl font-semibold">
            {t("visit.kiosk.checkInTitle")}
          </h2>
          <KioskCheckInForm action={checkInVisitAction} messages={messages} locationSlug={location.slug} grace={location.graceMinutes} locale={locale} />
        </section>
        <div>
          <section aria-labelledby="kiosk-walk-in" className="mb-8">
            <h2 id="kiosk-walk-in" className="mb-3 text-2xl font-semibold">
              {t("visit.kiosk.walkInTitle")}
            </h2>
            <KioskTicketForm
              action={issueVisitTicketAction}
              messages={messages}
              locationSlug={location.slug}
              services={options}
              priority={false}
              grace={location.graceMinutes}
              locale={locale}
            />
          </section>
          <section aria-labelledby="kiosk-priority">
            <h2 id="kiosk-priority" className="text-2xl font-semibold">
              {t("visit.kiosk.priorityTitle")}
            </h2>
            <p className="mb-3">{t("visit.kiosk.priorityLead")}</p>
            <KioskTicketForm
              action={issueVisitTicketAction}
              messages={messages}
              locationSlug={location.slug}
              services={options}
              priority
              grace={location.graceMinutes}
              locale={locale}
            />
          </section>
        </div>
      </div>
      <OrderRules t={t} grace={location.graceMinutes} />
    </div>
  );
}
