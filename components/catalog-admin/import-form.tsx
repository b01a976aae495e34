"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldShell } from "@/components/forms/fields";
import { fieldProblem, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary, inputBase } from "@/components/ui/styles";
import type { ImportState } from "@/lib/catalog/admin-actions";

type Props = {
  action: (previous: ImportState, formData: FormData) => Promise<ImportState>;
  messages: Messages;
  agencies: { value: string; label: string }[];
  labels: { file: string; agency: string; slug: string; choose: string; submit: string; slugHint: string };
};

/** Upload a shared service document; every problem in it is listed with where it is in the file. */
export function ImportForm({ action, messages, agencies, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, { values: {}, fieldErrors: {}, issues: [] });
  const text = textFrom(messages);
  const fieldLabels: Record<string, string> = { file: labels.file, agencyId: labels.agency, slug: labels.slug };
  const errorsOf = (name: string) => fieldProblem(text, state.fieldErrors[name], fieldLabels[name]);
  const summary = [
    ...(state.formError ? [{ message: text(state.formError) }] : []),
    ...(["file", "agencyId", "slug"] as const).flatMap((name) => errorsOf(name).map((message) => ({ field: `import-${name}`, message }))),
  ];
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={summary} />
      {state.issues.length ? (
        <ul className="mb-6 list-disc space-y-1 border-l-4 border-accent-500 bg-white p-4 pl-10 font-mono text-sm">
          {state.issues.map((issue, index) => (
            <li key={index}>{text("catalogAdmin.import.issue", { path: issue.path || "/", message: text(issue.message) })}</li>
          ))}
        </ul>
      ) : null}
      <FieldShell id="import-file" label={labels.file} errors={errorsOf("file")}>
        {(describedBy, invalid) => (
          <input
            id="import-file"
            name="file"
            type="file"
            accept="application/json,.json"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputBase}
          />
        )}
      </FieldShell>
      <FieldShell id="import-agencyId" label={labels.agency} errors={errorsOf("agencyId")}>
        {(describedBy, invalid) => (
          <select
            id="import-agencyId"
            name="agencyId"
            defaultValue={state.values.agencyId ?? ""}
            key={state.values.agencyId}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputBase}
          >
            <option value="">{labels.choose}</option>
            {agencies.map((agency) => (
              <option key={agency.value} value={agency.value}>
                {agency.label}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <FieldShell id="import-slug" label={labels.slug} hint={labels.slugHint} errors={errorsOf("slug")}>
        {(describedBy, invalid) => (
          <input
            id="import-slug"
            name="slug"
            defaultValue={state.values.slug}
            key={state.values.slug}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputBase}
          />
        )}
      </FieldShell>
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
