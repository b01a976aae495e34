import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/layout/page-heading";
import { ListTable } from "@/components/ui/list-table";
import { buttonPrimary, buttonSecondary, inputBase, linkStyle } from "@/components/ui/styles";
import { VisitActionForm } from "@/components/visits/visit-forms";
import { requireStaff } from "@/lib/auth/page-guards";
import { pick } from "@/lib/platform/i18n/format";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { callNextTicketAction, updateTicketAction } from "@/lib/visits/actions";
import { formatVisitTime } from "@/lib/visits/format";
import { counterDesk } from "@/lib/visits/queries";

export const generateMetadata = pageTitle("visit.counter.title");
export const dynamic = "force-dynamic";

/** The counter officer's desk: call next in the hall's order, call again, served, no-show, transfer. */
export default async function CounterDeskPage({ searchParams }: { searchParams: Promise<{ loket?: string }> }) {
  const [{ locale, t }, actor, query] = await Promise.all([getTranslator(), requireStaff("/petugas/loket"), searchParams]);
  const { counters, desk } = await counterDesk(actor, query.loket);
  const messages = messagesFor(locale, ["form.", "visit.", "error.", "i18n."]);
  return (
    <div>
      <PageHeading title={t("visit.counter.title")} lead={t("visit.counter.lead")} />
      {counters.length === 0 ? <p>{t("visit.counter.none")}</p> : null}
      <nav aria-label={t("visit.counter.choose")} className="mb-8">
        <h2 className="mb-2 font-semibold">{t("visit.counter.choose")}</h2>
        <ul className="flex flex-wrap gap-4">
          {counters.map((counter) => (
            <li key={counter.id}>
              <Link href={`/petugas/loket?loket=${counter.id}`} className={linkStyle} aria-current={counter.id === desk?.counter.id ? "page" : undefined}>
                {counter.label} — {pick(locale, counter.location, "name")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {desk ? (
        <>
          <section aria-labelledby="desk-current" className="mb-8 rounded-lg border-2 border-slate-400 bg-white p-6">
            <h2 id="desk-current" className="text-xl font-semibold">
              {t("visit.counter.current")} — {desk.counter.label}
            </h2>
            {desk.current ? (
              <>
                <p className="my-3 font-mono text-6xl font-bold">{desk.current.number}</p>
                <p>
                  {t(`visit.counter.line.${desk.current.line}`)} · {t("visit.counter.callCount", { count: desk.current.callCount })}
                </p>
                {desk.current.application?.trackingNumber ? (
                  <p className="mt-2">
                    <Link href={`/petugas/permohonan/${desk.current.application.id}`} className={linkStyle}>
                      {t("visit.counter.application", { number: desk.current.application.trackingNumber })}
                    </Link>
                  </p>
                ) : null}
                <VisitActionForm
                  action={updateTicketAction}
                  messages={messages}
                  hidden={{ counterId: desk.counter.id, ticketId: desk.current.id, version: String(desk.current.version) }}
                  className="mt-4"
                >
                  <div className="flex flex-wrap gap-3">
                    <button type="submit" name="action" value="serve" className={buttonPrimary}>
                      {t("visit.counter.served")}
                    </button>
                    <button type="submit" name="action" value="recall" className={buttonSecondary}>
                      {t("visit.counter.callAgain")}
                    </button>
                    <button type="submit" name="action" value="noShow" className={buttonSecondary}>
                      {t("visit.counter.noShow")}
                    </button>
                  </div>
                  {desk.transferTo.length > 0 ? (
                    <div className="mt-4 flex flex-wrap items-end gap-3">
                      <div>
                        <label htmlFor="toCounterId" className="block font-semibold">
                          {t("visit.counter.transferTo")}
                        </label>
                        <select id="toCounterId" name="toCounterId" className={inputBase}>
                          {desk.transferTo.map((sibling) => (
                            <option key={sibling.id} value={sibling.id}>
                              {sibling.label}
                            </option>
                          ))}
                        </select>
                      </div>
                      <button type="submit" name="action" value="transfer" className={buttonSecondary}>
                        {t("visit.counter.transfer")}
                      </button>
                    </div>
                  ) : null}
                </VisitActionForm>
              </>
            ) : (
              <>
                <p className="my-3">{t("visit.counter.noCurrent")}</p>
                <VisitActionForm action={callNextTicketAction} messages={messages} hidden={{ counterId: desk.counter.id }}>
                  <button type="submit" className={buttonPrimary}>
                    {t("visit.counter.callNext")}
                  </button>
                </VisitActionForm>
              </>
            )}
          </section>
          <h2 className="mb-2 text-xl font-semibold">{t("visit.counter.queue", { count: desk.queue.length })}</h2>
          <ListTable columns={[t("visit.board.number"), t("visit.statusLabel"), t("visit.service")]}>
            {desk.queue.map((ticket) => (
              <tr key={ticket.id} className="border-b border-slate-300">
                <td className="p-3 font-mono">{ticket.number}</td>
                <td className="p-3">
                  {t(`visit.counter.line.${ticket.effectiveLine}`)} ·{" "}
                  {t("visit.counter.issuedAt", { time: formatVisitTime(ticket.issuedAt, locale, desk.counter.location.timezone) })}
                </td>
                <td className="p-3">
                  {pick(locale, desk.services.find((service) => service.id === ticket.serviceId) ?? { nameId: "—", nameEn: "—" }, "name")}
                </td>
              </tr>
            ))}
          </ListTable>
        </>
      ) : null}
    </div>
  );
}
