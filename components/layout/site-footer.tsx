import type { Translator } from "@/lib/platform/i18n/messages";
import { container } from "@/components/ui/styles";

export function SiteFooter({ t }: { t: Translator }) {
  return (
    <footer className="mt-16 border-t border-slate-300 bg-slate-100 py-8 text-sm text-slate-700">
      <div className={`${container} space-y-2`}>
        <p>{t("footer.about")}</p>
        <p>{t("footer.standardNote")}</p>
      </div>
    </footer>
  );
}
