import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { CounterRecoveryForm } from "@/components/forms/counter-recovery-form";
import { requireUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { COUNTER_FACTOR_RESET_PATH } from "@/lib/identity/second-factor/paths";
import { linkStyle } from "@/components/ui/styles";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("recovery.counter.title");
export const dynamic = "force-dynamic";

/** A counter officer recovers a citizen's account after checking the KTP-el in person (recoverAccountAtCounter). */
export default async function CounterRecoveryPage({ searchParams }: { searchParams: Promise<{ hasil?: string }> }) {
  const [{ locale, t }, actor, query] = await Promise.all([getTranslator(), requireUser("/petugas/pemulihan-akun"), searchParams]);
  if (!can(actor, "account.recoverAtCounter")) forbidden();
  return (
    <div>
      <PageHeading title={t("recovery.counter.title")} lead={t("recovery.counter.lead")} />
      {query.hasil === "terkirim" ? (
        <div role="status" className="mb-6 max-w-md border-l-4 border-brand-600 bg-white p-4 font-semibold text-slate-900">
          {t("recovery.counter.done")}
        </div>
      ) : null}
      <CounterRecoveryForm messages={messagesFor(locale, ["form.", "validation.", "recovery.counter."])} />
      <p className="mt-8 max-w-md">
        <Link href={COUNTER_FACTOR_RESET_PATH} className={linkStyle}>
          {t("factors.counter.title")}
        </Link>
      </p>
    </div>
  );
}
