import { ComplaintFormSection } from "@/components/complaints/complaint-form-page";
import { PageHeading } from "@/components/layout/page-heading";
import { signInPath } from "@/lib/auth/action-runner";
import { currentActor } from "@/lib/auth/current-actor";
import { complaintPrefill } from "@/lib/complaints/prefill";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("complaint.form.title");
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/** The complaint form; `?permohonan=`, `?layanan=`, `?instansi=` and `?pertanyaan=` pre-fill it (lib/complaints/prefill.ts). */
export default async function NewComplaintPage({ searchParams }: Props) {
  const [{ locale, t }, actor, params] = await Promise.all([getTranslator(), currentActor(), searchParams]);
  const prefill = await complaintPrefill(
    actor,
    {
      permohonan: first(params.permohonan),
      layanan: first(params.layanan),
      instansi: first(params.instansi),
      keberatan: first(params.keberatan),
      pertanyaan: first(params.pertanyaan),
    },
    t,
  );
  const back = `/pengaduan/baru${prefill.application ? `?permohonan=${encodeURIComponent(prefill.application)}` : ""}`;
  return (
    <div>
      <PageHeading title={t("complaint.form.title")} lead={t("complaint.form.lead")} />
      {prefill.application ? (
        <p role="status" className="mb-6 max-w-3xl border-l-8 border-brand-600 bg-white p-4" data-testid="complaint-prefilled">
          {t("complaint.form.prefilled", { trackingNumber: prefill.application })}
        </p>
      ) : null}
      <ComplaintFormSection mode="complaint" actor={actor} locale={locale} t={t} initial={prefill.values} signInHref={signInPath(back)} />
    </div>
  );
}
