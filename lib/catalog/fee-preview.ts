import { formatRupiah, localize } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import type { FormOutcome } from "@/lib/platform/form-state";
import type { FeePreview } from "./use-cases/preview-fee-rule";

/** The preview's result as the editor shows it: the total, each bill line, and the numbers the formula read. */
export function feePreviewOutcome(preview: FeePreview, locale: Locale, t: Translator): FormOutcome {
  if (preview.free) return { title: t("catalogAdmin.fee.previewFree"), lines: [] };
  return {
    title: t("catalogAdmin.fee.previewTotal", { amount: formatRupiah(preview.amount, locale) }),
    lines: [
      ...preview.lines.map((line) => `${localize(locale, line.label)}: ${formatRupiah(line.amount, locale)}`),
      ...preview.inputs.map((input) => t("catalogAdmin.fee.previewInput", { name: input.name, value: input.value })),
    ],
  };
}
