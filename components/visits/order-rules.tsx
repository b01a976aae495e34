import type { Translator } from "@/lib/platform/i18n/messages";

/** The hall's order rule in words (lib/visits/queue-order.ts is the rule itself), on the kiosk and the "how busy" page. */
export function OrderRules({ t, grace }: { t: Translator; grace: number }) {
  return (
    <section aria-labelledby="order-rules-title" className="mt-8 max-w-prose">
      <h2 id="order-rules-title" className="text-xl font-semibold">
        {t("visit.rules.title")}
      </h2>
      <ol className="mt-2 space-y-1">
        <li>{t("visit.rules.booking")}</li>
        <li>{t("visit.rules.priority")}</li>
        <li>{t("visit.rules.walkIn")}</li>
      </ol>
      <p className="mt-2">{t("visit.rules.late", { grace })}</p>
    </section>
  );
}
