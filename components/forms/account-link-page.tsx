import { ButtonForm } from "@/components/forms/button-form";
import { PageHeading } from "@/components/layout/page-heading";
import { buttonPrimary } from "@/components/ui/styles";
import type { FormState } from "@/lib/platform/form-state";
import type { Messages } from "./use-form-messages";

/**
 * The page an emailed one-time link opens: a heading and one button. The link
 * acts only when the button is pressed, so mail scanners that fetch links
 * cannot use it up.
 */
export function AccountLinkPage({
  title,
  lead,
  submitLabel,
  action,
  messages,
}: {
  title: string;
  lead: string;
  submitLabel: string;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  messages: Messages;
}) {
  return (
    <div>
      <PageHeading title={title} lead={lead} />
      <ButtonForm action={action} messages={messages} submitLabel={submitLabel} className={buttonPrimary} />
    </div>
  );
}
