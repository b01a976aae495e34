"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CheckboxField, SelectField } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonSecondary } from "@/components/ui/styles";
import type { FormState } from "@/lib/platform/form-state";

type Props = {
  /** The outputs of the citizen's wallet the standard's shared facts can come from, labelled. */
  sources: { ref: string; label: string }[];
  messages: Messages;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/**
 * "Fill in from My documents" (issue 22 item 7): the source document and an
 * explicit consent box. A plain form post, so it works without JavaScript;
 * without the box ticked the server reads nothing.
 */
export function SharedFactsForm({ sources, messages, action }: Props) {
  const [state, formAction, pending] = useActionState(action, { values: {}, fieldErrors: {} });
  const label = textFrom(messages);
  const { text, fieldErrors, summary } = formMessages(messages, state, { source: label("wallet.reuse.factsSource"), consent: label("wallet.reuse.consent") });
  return (
    <section aria-labelledby="shared-facts-title" className="mb-8 max-w-2xl rounded-md border-2 border-slate-300 p-4" data-testid="shared-facts">
      <h2 id="shared-facts-title" className="text-2xl font-semibold">
        {text("wallet.reuse.factsTitle")}
      </h2>
      <p className="mt-2">{text("wallet.reuse.factsLead")}</p>
      <form action={formAction} noValidate className="mt-4">
        <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
        <SelectField
          name="source"
          label={text("wallet.reuse.factsSource")}
          options={sources.map((source) => ({ value: source.ref, label: source.label }))}
          defaultValue={state.values.source}
          errors={fieldErrors("source")}
        />
        <CheckboxField name="consent" label={text("wallet.reuse.consent")} errors={fieldErrors("consent")} defaultChecked={state.values.consent === "on"} />
        <button type="submit" className={buttonSecondary} disabled={pending}>
          {text("wallet.reuse.factsSubmit")}
        </button>
      </form>
    </section>
  );
}
