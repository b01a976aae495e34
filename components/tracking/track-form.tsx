"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages } from "@/components/forms/use-form-messages";
import { buttonPrimary } from "@/components/ui/styles";
import { trackApplicationAction, type TrackState } from "@/lib/applications/actions";

/** Tracking without an account: number + secret in, status and history out. */
export function TrackForm({ messages }: { messages: Messages }) {
  const [state, action, pending] = useActionState<TrackState, FormData>(trackApplicationAction, { values: {}, fieldErrors: {} });
  const labels = textFrom(messages);
  const label = { trackingNumber: labels("tracking.number"), secret: labels("tracking.secret") };
  const { text, fieldErrors, summary } = formMessages(messages, state, label);
  const result = state.result;
  return (
    <div className="max-w-2xl">
      <form action={action} noValidate>
        <ErrorSummary
          title={text("form.errorSummaryTitle")}
          result={state}
          items={state.formError ? [{ field: "trackingNumber", message: text(state.formError) }] : summary}
        />
        <TextField
          name="trackingNumber"
          label={label.trackingNumber}
          hint={text("tracking.numberHint")}
          autoComplete="off"
          spellCheck={false}
          defaultValue={state.values.trackingNumber}
          errors={fieldErrors("trackingNumber")}
          required
        />
        <TextField
          name="secret"
          label={label.secret}
          hint={text("tracking.secretHint")}
          autoComplete="off"
          spellCheck={false}
          errors={fieldErrors("secret")}
          required
        />
        <button type="submit" className={buttonPrimary} disabled={pending}>
          {text("tracking.submit")}
        </button>
      </form>
      {result ? (
        <section aria-labelledby="tracking-result" className="mt-8 rounded-lg border border-slate-300 bg-white p-6" data-testid="tracking-result">
          <h2 id="tracking-result" className="text-2xl font-semibold">
            {text("tracking.resultTitle", { trackingNumber: result.trackingNumber })}
          </h2>
          <p className="mt-1 text-slate-700">
            {result.serviceName} · {result.agencyName}
          </p>
          <p className="mt-3">
            <strong data-testid="application-status" className="rounded bg-slate-200 px-2 py-1 uppercase">
              {result.statusLabel}
            </strong>
          </p>
          {result.due ? (
            <p className="mt-3">
              {result.due} · <strong>{result.slaLabel}</strong>
            </p>
          ) : null}
          <ol className="mt-4 ml-3 border-l-2 border-slate-300">
            {result.events.map((event) => (
              <li key={event.id} className="mb-4 ml-6">
                <p className="font-semibold">{event.label}</p>
                <p className="text-sm text-slate-600">
                  <time dateTime={event.dateTime}>{event.time}</time>
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
