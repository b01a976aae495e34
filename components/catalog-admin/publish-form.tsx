"use client";
import type { Messages } from "@/components/forms/use-form-messages";
import type { FormState } from "@/lib/platform/form-state";
import { SpecForm } from "./spec-form";

/** Decree number and effective date for the new version; the draft revision it was shown makes a resend harmless. */
export function PublishForm(props: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  messages: Messages;
  revision: number;
  labels: { decreeNumber: string; decreeNumberHint: string; effectiveFrom: string; submit: string };
  today: string;
}) {
  return (
    <SpecForm
      action={props.action}
      messages={props.messages}
      hidden={{ revision: String(props.revision) }}
      idPrefix="publish-"
      initialValues={{ effectiveFrom: props.today }}
      inputs={[
        { kind: "text", name: "decreeNumber", label: props.labels.decreeNumber, hint: props.labels.decreeNumberHint, required: true },
        { kind: "date", name: "effectiveFrom", label: props.labels.effectiveFrom, required: true },
      ]}
      // A draft that changed between page and post names problems outside these two inputs.
      extraSummary={(errors, text) => Object.entries(errors).map(([path, keys]) => ({ message: `${path}: ${text(keys[0]!)}` }))}
      submitLabel={props.labels.submit}
    />
  );
}
