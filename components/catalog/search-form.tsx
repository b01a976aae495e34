import type { Translator } from "@/lib/platform/i18n/messages";
import { buttonPrimary, inputBase } from "@/components/ui/styles";

/** A plain GET form: search works without JavaScript and results have shareable URLs. */
export function SearchForm({ t, defaultValue, children }: { t: Translator; defaultValue?: string; children?: React.ReactNode }) {
  return (
    <form action="/layanan" method="get" role="search" className="w-full">
      <label htmlFor="q" className="block text-lg font-semibold">
        {t("search.label")}
      </label>
      <p id="q-hint" className="mb-2 text-sm text-slate-600">
        {t("search.hint")}
      </p>
      <div className="flex gap-2">
        <input id="q" name="q" type="search" aria-describedby="q-hint" defaultValue={defaultValue} className={inputBase} />
        <button type="submit" className={buttonPrimary}>
          {t("search.submit")}
        </button>
      </div>
      {children}
    </form>
  );
}
