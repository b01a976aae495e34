import { TrackComplaintForm } from "@/components/complaints/track-complaint-form";
import { PageHeading } from "@/components/layout/page-heading";
import { normalizeComplaintCode } from "@/lib/complaints/tracking";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("complaint.track.title");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TrackComplaintPage({ searchParams }: Props) {
  const [{ locale, t }, params] = await Promise.all([getTranslator(), searchParams]);
  const raw = Array.isArray(params.kode) ? params.kode[0] : params.kode;
  const code = raw ? (normalizeComplaintCode(raw) ?? undefined) : undefined;
  return (
    <div>
      <PageHeading title={t("complaint.track.title")} lead={t("complaint.track.lead")} />
      {code ? (
        <p role="status" className="mb-6 max-w-2xl border-l-8 border-brand-600 bg-white p-4">
          {t("complaint.track.expired")}
        </p>
      ) : null}
      <TrackComplaintForm messages={messagesFor(locale, ["complaint.", "form.", "validation."])} code={code} />
    </div>
  );
}
