"use client";
import { useActionState, useRef, useState } from "react";
import type { ZodType } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { answersFromFormData } from "@/lib/catalog/form-data";
import type { Answers } from "@/lib/catalog/form-fields";
import type { FormDefinition } from "@/lib/catalog/form-definition";
import type { FormState } from "@/lib/platform/form-state";
import { fieldErrorsFromIssues } from "@/lib/platform/validation";
import type { Locale, MessageKey } from "@/lib/platform/i18n/messages";
import { DocumentField, type UploadedDocument, type WalletChoice } from "./document-field";
import { answerEntries, FormSections, useDefinitionForm } from "./form-sections";

type Props = {
  applicationId: string;
  definition: FormDefinition;
  locale: Locale;
  messages: Messages;
  initialValues: Record<string, string>;
  documents: UploadedDocument[];
  /** Every field, or during a correction only the ones the officer named. */
  editable: "all" | string[];
  prefilledKeys: string[];
  today: string;
  /** The agency's holidays from today on, for `workingDay` dates. */
  nonWorkingDates?: string[];
  /** Per file field naming a document type: the citizen's wallet items that can stand in for the upload. */
  wallet?: Record<string, WalletChoice>;
  /** Fields filled from a wallet document with the citizen's consent, and the source shown beside each. */
  filledFrom?: Record<string, string>;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  autosave: (formData: FormData) => Promise<{ ok: boolean }>;
};

const AUTOSAVE_DELAY_MS = 1500;

/**
 * The application form, rendered from the service's form definition. The same
 * compiled schema checks it here and on the server; answers save as a draft
 * while the citizen types; documents upload as soon as they are chosen.
 */
export function ApplicationForm(props: Props) {
  const { applicationId, definition, locale, messages, editable, prefilledKeys, today, nonWorkingDates } = props;
  const text = textFrom(messages);
  const [state, formAction, pending] = useActionState(props.action, { values: props.initialValues, fieldErrors: {} });
  const [clientErrors, setClientErrors] = useState<Record<string, MessageKey[]> | null>(null);
  const [saveStatus, setSaveStatus] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The schema (zod, ~30 KB gzipped) loads when the citizen first touches the
  // form, not with the page (issue 10, page weight). Until it is there, a post
  // is checked by the server with the same schema.
  const [schema, setSchema] = useState<ZodType<Answers> | null>(null);
  const schemaRequested = useRef(false);
  function loadSchema() {
    if (schemaRequested.current) return;
    schemaRequested.current = true;
    import("@/lib/catalog/form-schema")
      .then(({ compileAnswersSchema }) => setSchema(compileAnswersSchema(definition, { today, nonWorkingDates })))
      .catch(() => {
        schemaRequested.current = false;
      });
  }

  const form = useDefinitionForm({ definition, locale, text }, state, clientErrors ?? state.fieldErrors, () => setClientErrors(null));
  const isEditable = (key: string) => editable === "all" || editable.includes(key);
  const summary = [
    ...(state.formError && state.formError !== "form.errorSummaryTitle" && !clientErrors ? [{ message: text(state.formError) }] : []),
    ...form.fieldSummary,
  ];
  const readForm = () => form.readForm(formRef.current);

  function scheduleAutosave() {
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      if (!formRef.current) return;
      setSaveStatus(text("application.autosaving"));
      try {
        const result = await props.autosave(answerEntries(formRef.current));
        const time = new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { hour: "2-digit", minute: "2-digit" }).format(new Date());
        setSaveStatus(result.ok ? text("application.autosaved", { time }) : text("application.autosaveFailed"));
      } catch {
        setSaveStatus(text("application.autosaveFailed"));
      }
    }, AUTOSAVE_DELAY_MS);
  }

  function validateBeforeContinue(event: React.FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value !== "continue" || !formRef.current || !schema) return;
    clearTimeout(timer.current);
    const parsed = schema.safeParse(answersFromFormData(definition, answerEntries(formRef.current)));
    if (parsed.success) return setClientErrors(null);
    // During a correction, locked answers were accepted before: only editable ones can block.
    const found = fieldErrorsFromIssues(parsed.error.issues, (path) => isEditable(path.split(".")[0] ?? ""));
    if (Object.keys(found).length === 0) return setClientErrors(null);
    event.preventDefault();
    setClientErrors(found);
  }

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onSubmit={validateBeforeContinue}
      onFocus={loadSchema}
      onPointerDown={loadSchema}
      onChange={() => {
        readForm();
        scheduleAutosave();
      }}
      className="max-w-2xl"
    >
      <ErrorSummary title={text("form.errorSummaryTitle")} result={clientErrors ?? state} items={summary} />
      <FormSections
        form={form}
        isLocked={(key) => !isEditable(key)}
        notesFor={(key) => [...(props.filledFrom?.[key] ? [props.filledFrom[key]] : prefilledKeys.includes(key) ? [text("application.prefilledHint")] : [])]}
        onRowRemoved={() => {
          readForm();
          scheduleAutosave();
        }}
        renderFile={(field, locked) => {
          const document = props.documents.find((candidate) => candidate.fieldKey === field.key);
          return (
            <DocumentField
              key={`${field.key}-${document?.id ?? "none"}`}
              field={field}
              applicationId={applicationId}
              locale={locale}
              text={text}
              document={document}
              errors={form.errorsFor(field.key)}
              disabled={locked}
              wallet={props.wallet?.[field.key]}
            />
          );
        }}
      />
      <p aria-live="polite" className="mb-4 text-sm text-slate-600">
        {saveStatus}
      </p>
      <div className="flex flex-wrap gap-4">
        <button type="submit" name="$intent" value="continue" className={buttonPrimary} disabled={pending}>
          {text("application.saveAndContinue")}
        </button>
        <button type="submit" name="$intent" value="later" className={buttonSecondary} disabled={pending}>
          {text("application.saveForLater")}
        </button>
      </div>
    </form>
  );
}
