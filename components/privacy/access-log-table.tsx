import { formatMoment, pick } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import type { StaffAccessEntry } from "@/lib/privacy/queries";

/** Citizens read times in the portal's home zone; the agency may sit elsewhere, but one zone keeps the list readable. */
const TIME_ZONE = "Asia/Jakarta";

export function AccessLogTable({ entries, locale, t }: { entries: StaffAccessEntry[]; locale: Locale; t: Translator }) {
  if (entries.length === 0) return <p>{t("privacy.accessLog.empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid="access-log">
        <caption className="mb-2 text-left text-xl font-semibold">{t("privacy.accessLog.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-600">
            <th scope="col" className="py-2 pr-4">
              {t("privacy.accessLog.when")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("privacy.accessLog.who")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("privacy.accessLog.what")}
            </th>
            <th scope="col" className="py-2">
              {t("privacy.accessLog.about")}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-slate-300">
              <td className="py-2 pr-4 whitespace-nowrap">{formatMoment(entry.occurredAt, locale, TIME_ZONE)}</td>
              <td className="py-2 pr-4">
                {entry.byConsent && entry.agency ? (
                  pick(locale, entry.agency, "name")
                ) : (
                  <>
                    {entry.actorRole ? t(`role.${entry.actorRole}`) : t("privacy.accessLog.unknownRole")}
                    {entry.agency ? `, ${pick(locale, entry.agency, "name")}` : ""}
                  </>
                )}
              </td>
              <td className="py-2 pr-4">{t(`privacy.access.${entry.action}`)}</td>
              <td className="py-2 font-mono">{entry.subject ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
