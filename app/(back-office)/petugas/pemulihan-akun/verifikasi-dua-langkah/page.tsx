import { forbidden } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { CounterFactorResetForm } from "@/components/forms/counter-factor-reset-form";
import { requireUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { COUNTER_FACTOR_RESET_PATH } from "@/lib/identity/second-factor/paths";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("factors.counter.title");
export const dynamic = "force-dynamic";

/** A counter officer resets a citizen's lost second factor after checking the KTP-el in person (resetCitizenFactorAtCounter). */
export default async function CounterFactorResetPage({ searchParams }: { searchParams: Promise<{ hasil?: string }> }) {
  const [{ locale, t }, actor, query] = await Promise.all([getTranslator(), requireUser(COUNTER_FACTOR_RESET_PATH), searchParams]);
  if (!can(actor, "account.resetSecondFactorAtCounter")) forbidden();
  const notice = query.hasil === "diatur-ulang" ? t("factors.counter.done") : query.hasil === "tidak-ada" ? t("factors.counter.nothing") : null;
  return (
    <div>
      <PageHeading
        back={{ href: "/petugas/pemulihan-akun", label: t("recovery.counter.title") }}
        title={t("factors.counter.title")}
        lead={t("factors.counter.lead")}
      />
      {notice ? (
        <div role="status" className="mb-6 max-w-md border-l-4 border-brand-600 bg-white p-4 font-semibold text-slate-900">
          {notice}
        </div>
      ) : null}
      <CounterFactorResetForm messages={messagesFor(locale, ["form.", "validation.", "recovery.counter.", "factors.counter."])} />
    </div>
  );
}
