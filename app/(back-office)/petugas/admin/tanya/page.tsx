import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { KeywordsForm } from "@/components/assistant/keywords-form";
import { PageHeading } from "@/components/layout/page-heading";
import { linkStyle } from "@/components/ui/styles";
import { addServiceKeywordsAction } from "@/lib/assistant/actions";
import { ASSISTANT_ADMIN_PATH, listServicesForKeywords, listUnansweredQuestions } from "@/lib/assistant/admin-queries";
import { recognizeIntent } from "@/lib/assistant/intent";
import { askHref } from "@/lib/assistant/paths";
import { requireUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { formatCalendarDate, pick } from "@/lib/platform/i18n/format";
import { messagesFor, type MessageKey } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import type { SearchParams } from "@/lib/platform/search-params";

export const generateMetadata = pageTitle("assistant.admin.title");
export const dynamic = "force-dynamic";

/** Admin > Tanya SatuPintu: the questions it could not answer, and keywords to add to a service for them. */
export default async function AssistantAdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [params, { locale, t }] = await Promise.all([searchParams, getTranslator()]);
  const actor = await requireUser(ASSISTANT_ADMIN_PATH);
  if (!can(actor, "assistant.improve")) forbidden();
  const [groups, services] = await Promise.all([listUnansweredQuestions(actor), listServicesForKeywords(actor)]);
  const chosen = typeof params.pertanyaan === "string" ? groups.find((group) => group.normalized === params.pertanyaan) : undefined;
  const initialValues: Record<string, string> = chosen ? { question: chosen.normalized, keywords: recognizeIntent(chosen.normalized).subject.join(" ") } : {};
  return (
    <div>
      <PageHeading back={{ href: "/petugas", label: t("backOffice.title") }} title={t("assistant.admin.title")} lead={t("assistant.admin.lead")} />
      {params.hasil === "ditambah" ? (
        <p role="status" className="mb-6 max-w-3xl border-l-8 border-brand-600 bg-white p-4">
          {t("assistant.admin.added")}
        </p>
      ) : null}
      {groups.length === 0 ? (
        <p>{t("assistant.admin.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left" data-testid="unanswered-questions">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">
                  {t("assistant.admin.question")}
                </th>
                <th scope="col" className="p-2">
                  {t("assistant.admin.intent")}
                </th>
                <th scope="col" className="p-2">
                  {t("assistant.admin.count")}
                </th>
                <th scope="col" className="p-2">
                  {t("assistant.admin.lastAsked")}
                </th>
                <th scope="col" className="p-2">
                  <span className="sr-only">{t("assistant.admin.submit")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group.normalized} className="border-b border-slate-200 align-top">
                  <td className="p-2">
                    <Link href={askHref(group.example)} className={linkStyle} aria-label={`${t("assistant.admin.try")}: ${group.example}`}>
                      {group.example}
                    </Link>
                  </td>
                  <td className="p-2">{t(`assistant.intent.${group.intent}` as MessageKey)}</td>
                  <td className="p-2">{t("assistant.admin.countValue", { count: group.count })}</td>
                  <td className="p-2">{group.lastAskedAt ? formatCalendarDate(group.lastAskedAt, locale) : ""}</td>
                  <td className="p-2">
                    <Link href={`${ASSISTANT_ADMIN_PATH}?pertanyaan=${encodeURIComponent(group.normalized)}#tambah`} className={linkStyle}>
                      {t("assistant.admin.submit")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="tambah" className="mt-10">
        <h2 id="tambah" className="mb-4 text-2xl font-semibold">
          {t("assistant.admin.submit")}
        </h2>
        {chosen ? <p className="mb-4">{t("assistant.youAsked", { question: chosen.example })}</p> : null}
        <KeywordsForm
          key={chosen?.normalized ?? ""}
          action={addServiceKeywordsAction}
          messages={messagesFor(locale, ["assistant.", "form."])}
          services={services.map((service) => ({ value: service.id, label: pick(locale, service, "name") }))}
          initialValues={initialValues}
        />
      </section>
    </div>
  );
}
