import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/layout/page-heading";
import { ListTable } from "@/components/ui/list-table";
import { factList, linkStyle } from "@/components/ui/styles";
import { OrderRules } from "@/components/visits/order-rules";
import { pick, zoneAbbreviation } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { hoursOn } from "@/lib/visits/hours";
import { busyView } from "@/lib/visits/queries";
import { visitFigures } from "@/lib/visits/statistics";

export const generateMetadata = pageTitle("visit.busy.pageTitle");
export const dynamic = "force-dynamic";

const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;

/** "How busy is it now": people waiting, the typical wait by hour of arrival, the opening hours, so citizens can pick a quiet time. */
export default async function BusyPage({ params }: { params: Promise<{ location: string }> }) {
  const { location: slug } = await params;
  const [{ locale, t }, view] = await Promise.all([getTranslator(), busyView(slug)]);
  const { location } = view;
  const figures = await visitFigures(location.id);
  const zone = zoneAbbreviation(location.timezone);
  return (
    <div>
      <PageHeading title={t("visit.busy.title", { location: pick(locale, location, "name") })} />
      <p className="mb-6 text-2xl">
        {t("visit.busy.waitingNow")}: <strong className="text-4xl">{view.waiting}</strong>
      </p>
      <dl className={factList}>
        <dt className="font-semibold">{t("visit.busy.address")}</dt>
        <dd>{location.address}</dd>
      </dl>
      <h2 className="mt-8 mb-2 text-2xl font-semibold">{t("visit.busy.byHourTitle")}</h2>
      <p className="mb-3 max-w-prose">{t("visit.busy.byHourLead")}</p>
      {view.byHour.length === 0 ? (
        <p>{t("visit.busy.noData")}</p>
      ) : (
        <ListTable columns={[t("visit.busy.hour"), t("visit.busy.medianWait"), t("visit.busy.visits")]}>
          {view.byHour.map((row) => (
            <tr key={row.hour} className="border-b border-slate-300">
              <td className="p-3">
                {String(row.hour).padStart(2, "0")}:00–{String(row.hour + 1).padStart(2, "0")}:00 {zone}
              </td>
              <td className="p-3">{row.medianMinutes}</td>
              <td className="p-3">{row.visits}</td>
            </tr>
          ))}
        </ListTable>
      )}
      <h2 className="mt-8 mb-2 text-2xl font-semibold">{t("visit.figures.title")}</h2>
      <p className="mb-3 max-w-prose">{t("visit.figures.lead")}</p>
      <ListTable
        columns={[t("visit.figures.service"), t("visit.figures.tickets"), t("visit.figures.wait"), t("visit.figures.serviceTime"), t("visit.figures.noShow")]}
      >
        {figures.map((row) => (
          <tr key={row.serviceSlug} className="border-b border-slate-300">
            <td className="p-3">{locale === "id" ? row.serviceNameId : row.serviceNameEn}</td>
            <td className="p-3">{row.tickets}</td>
            <td className="p-3">{row.medianWaitMinutes ?? "—"}</td>
            <td className="p-3">{row.medianServiceMinutes ?? "—"}</td>
            <td className="p-3">{row.noShowPercent ?? "—"}</td>
          </tr>
        ))}
      </ListTable>
      <p className="mt-2">
        <a href={`/antrean/${location.slug}/statistik.csv`} className={linkStyle}>
          {t("visit.figures.csv")}
        </a>
      </p>
      <h2 className="mt-8 mb-2 text-2xl font-semibold">{t("visit.busy.hoursTitle")}</h2>
      <dl className={factList}>
        {WEEK.map((weekday) => {
          const day = hoursOn(view.hours, weekday);
          return [
            <dt key={`d${weekday}`} className="font-semibold">
              {t(`visit.weekday.${weekday}`)}
            </dt>,
            <dd key={`h${weekday}`}>
              {day
                ? `${day.opens}–${day.closes} ${zone}${day.breaks.length ? ` (${day.breaks.map((pause) => `${pause.from}–${pause.to}`).join(", ")})` : ""}`
                : t("visit.busy.closed")}
            </dd>,
          ];
        })}
      </dl>
      <OrderRules t={t} grace={location.graceMinutes} />
      <ul className="mt-8 flex flex-wrap gap-6">
        <li>
          <Link href="/kunjungan" className={linkStyle}>
            {t("visit.busy.book")}
          </Link>
        </li>
        <li>
          <Link href={`/antrean/${location.slug}/layar`} className={linkStyle}>
            {t("visit.busy.board")}
          </Link>
        </li>
        <li>
          <Link href={`/antrean/${location.slug}/kios`} className={linkStyle}>
            {t("visit.busy.kiosk")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
