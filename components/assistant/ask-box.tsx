import type { Translator } from "@/lib/platform/i18n/messages";
import { AskForm } from "./ask-form";

/** Tanya SatuPintu's box on the home page and on each service page (there, about that service unless the question names another). */
export function AskBox({ t, service }: { t: Translator; service?: { slug: string; name: string } }) {
  return (
    <section aria-labelledby="ask-box-heading" className="rounded-lg border border-slate-300 bg-white p-4" data-testid="ask-box">
      <h2 id="ask-box-heading" className="text-xl font-semibold">
        {t("assistant.boxTitle")}
      </h2>
      <p className="mb-3 text-slate-700">{t("assistant.boxLead")}</p>
      <AskForm
        id="ask-box-q"
        label={service ? t("assistant.boxLabelService", { service: service.name }) : t("assistant.label")}
        hint={service ? t("assistant.serviceHint") : t("assistant.hint")}
        submitLabel={t("assistant.submit")}
        contextSlug={service?.slug}
      />
    </section>
  );
}
