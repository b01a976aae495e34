import { ButtonForm } from "@/components/forms/button-form";
import type { Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import { reissueBillAction } from "@/lib/payments/actions";
import type { Translator } from "@/lib/platform/i18n/messages";

/** "Get a new payment code" under an expired bill the applicant may renew (a plain form: works without JavaScript). */
export function BillReissue({ code, messages, t }: { code: string; messages: Messages; t: Translator }) {
  return (
    <div className="mt-2 max-w-prose" data-testid={`bill-reissue-${code}`}>
      <p>{t("bill.reissue.lead")}</p>
      <div className="mt-2">
        <ButtonForm action={reissueBillAction.bind(null, code)} messages={messages} submitLabel={t("bill.reissue.submit")} className={buttonPrimary} />
      </div>
    </div>
  );
}
