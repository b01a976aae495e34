"use client";
import { useActionState, useRef } from "react";
import { FormSections, useDefinitionForm } from "@/components/applications/form-sections";
import { ErrorSummary } from "@/components/forms/error-summary";
import { textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import type { PreviewState } from "@/lib/catalog/admin-actions";
import type { FormDefinition } from "@/lib/catalog/form-definition";
import type { Locale } from "@/lib/platform/i18n/messages";

type Props = {
  definition: FormDefinition;
  locale: Locale;
  messages: Messages;
  action: (previous: PreviewState, formData: FormData) => Promise<PreviewState>;
  fileNote: string;
};

/**
 * The draft form rendered with the citizen form's own fields (FormSections:
 * the same inputs, group rows and visibility rules), checked on the server by
 * the same compiled schema. Files are not uploaded in a preview.
 */
export function FormPreview({ definition, locale, messages, action, fileNote }: Props) {
  const text = textFrom(messages);
  const [state, formAction, pending] = useActionState(action, { values: {}, fieldErrors: {}, checked: false });
  const form = useDefinitionForm({ definition, locale, text }, state, state.fieldErrors);
  const summary = form.fieldSummary;
  const formRef = useRef<HTMLFormElement>(null);
  const readForm = () => form.readForm(formRef.current);
  return (
    <form ref={formRef} action={formAction} noValidate onChange={readForm} className="max-w-2xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      {state.checked && summary.length === 0 ? (
        <p role="status" className="mb-6 border-l-4 border-brand-600 bg-white p-4 font-semibold">
          {text("catalogAdmin.preview.valid")}
        </p>
      ) : null}
      <FormSections
        form={form}
        onRowRemoved={readForm}
        renderFile={(field) => (
          <div className="mb-5">
            <p className="font-semibold text-slate-900">{field.label[locale]}</p>
            {field.help ? <p className="mt-1 text-sm text-slate-600">{field.help[locale]}</p> : null}
            <p className="mt-1 text-sm text-slate-700">{fileNote}</p>
          </div>
        )}
      />
      <button type="submit" name="$intent" value="check" className={buttonPrimary} disabled={pending}>
        {text("catalogAdmin.preview.check")}
      </button>
    </form>
  );
}
