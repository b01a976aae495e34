"use client";
import { TextAreaField } from "@/components/forms/fields";
import { textFrom, type Messages } from "@/components/forms/use-form-messages";
import { AttachmentsField } from "./attachments-field";
import { ActionForm, type FormAction } from "./form-shell";

type Common = { action: FormAction; messages: Messages };

/** The filer adds text (and files) to an open complaint. */
export function AddInformationForm({ action, messages, submissionKey }: Common & { submissionKey: string }) {
  const text = textFrom(messages);
  return (
    <ActionForm
      formId="info"
      action={action}
      messages={messages}
      labels={{ text: text("complaint.addInfo.text"), attachments: text("complaint.form.attachments") }}
      submitLabel={text("complaint.addInfo.submit")}
    >
      {(state, errors, id) => (
        <>
          <input type="hidden" name="submissionKey" value={submissionKey} />
          <TextAreaField
            name="text"
            id={id("text")}
            label={text("complaint.addInfo.text")}
            defaultValue={state.values.text}
            errors={errors("text")}
            rows={4}
            maxLength={4000}
          />
          <AttachmentsField
            id={id("attachments")}
            label={text("complaint.form.attachments")}
            hint={text("complaint.form.attachmentsHint")}
            errors={errors("attachments")}
          />
        </>
      )}
    </ActionForm>
  );
}

export function AcceptResponseForm({ action, messages }: Common) {
  const text = textFrom(messages);
  return <ActionForm formId="accept" action={action} messages={messages} primary submitLabel={text("complaint.accept.submit")} />;
}

export function DisputeResponseForm({ action, messages, lead }: Common & { lead: string }) {
  const text = textFrom(messages);
  return (
    <ActionForm
      formId="dispute"
      action={action}
      messages={messages}
      labels={{ reason: text("complaint.dispute.reason") }}
      submitLabel={text("complaint.dispute.submit")}
    >
      {(state, errors, id) => (
        <>
          <p className="mb-3">{lead}</p>
          <TextAreaField
            name="reason"
            id={id("reason")}
            label={text("complaint.dispute.reason")}
            defaultValue={state.values.reason}
            errors={errors("reason")}
            rows={4}
            maxLength={2000}
          />
        </>
      )}
    </ActionForm>
  );
}

export function RateHandlingForm({ action, messages }: Common) {
  const text = textFrom(messages);
  return (
    <ActionForm
      formId="rate"
      action={action}
      messages={messages}
      labels={{ rating: text("complaint.rate.legend"), comment: text("complaint.rate.comment") }}
      primary
      submitLabel={text("complaint.rate.submit")}
    >
      {(state, errors, id) => (
        <>
          <fieldset id={id("rating")} tabIndex={-1} className="mb-5" aria-describedby={errors("rating").length ? `${id("rating")}-error` : undefined}>
            <legend className="font-semibold">{text("complaint.rate.legend")}</legend>
            {errors("rating").length ? (
              <p id={`${id("rating")}-error`} className="mt-1 font-semibold text-accent-500">
                {errors("rating").join(" ")}
              </p>
            ) : null}
            <div className="mt-2 flex flex-wrap gap-6">
              {(["1", "2", "3", "4"] as const).map((rating) => (
                <label key={rating} className="flex items-center gap-2">
                  <input type="radio" name="rating" value={rating} defaultChecked={state.values.rating === rating} className="h-5 w-5" />
                  {text(`complaint.rate.value.${rating}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <TextAreaField
            name="comment"
            id={id("comment")}
            label={text("complaint.rate.comment")}
            defaultValue={state.values.comment}
            errors={errors("comment")}
            maxLength={1000}
          />
        </>
      )}
    </ActionForm>
  );
}
