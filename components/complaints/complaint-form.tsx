"use client";
import { Link } from "@/components/ui/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadioGroup, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { formMessages, textFrom, type Messages, type Text } from "@/components/forms/use-form-messages";
import { buttonPrimary, factList, linkStyle } from "@/components/ui/styles";
import type { ComplaintFormState } from "@/lib/complaints/actions";
import { AttachmentsField } from "./attachments-field";
import { LocationButton } from "./location-button";
import { UserText } from "@/components/ui/user-text";

type Option = { value: string; label: string };
type IdentityOption = Option & { hint: string };

export type ComplaintFormProps = {
  mode: "complaint" | "whistleblowing";
  action: (previous: ComplaintFormState, formData: FormData) => Promise<ComplaintFormState>;
  messages: Messages;
  /** Generated when the page is rendered: a double submit files once. */
  submissionKey: string;
  signedIn: boolean;
  signInHref: string;
  kinds: Option[];
  categories: Option[];
  applications: Option[];
  services: Option[];
  agencies: Option[];
  identities: IdentityOption[];
  /** Pre-filled answers (from ?permohonan= or ?layanan=). */
  initial: Record<string, string>;
};

/** The fields in the order they appear, with the labels the messages name them by. */
function complaintLabels(text: Text, whistleblowing: boolean) {
  return {
    kind: text("complaint.form.kind"),
    applicationNumber: text("complaint.form.application"),
    serviceSlug: text("complaint.form.service"),
    agencyCode: text(whistleblowing ? "wbs.agency" : "complaint.form.agency"),
    category: text(whistleblowing ? "wbs.category" : "complaint.form.category"),
    title: text(whistleblowing ? "wbs.titleLabel" : "complaint.form.titleLabel"),
    body: text(whistleblowing ? "wbs.body" : "complaint.form.body"),
    locationText: text("complaint.form.locationText"),
    latitude: text("complaint.form.latitude"),
    longitude: text("complaint.form.longitude"),
    attachments: text("complaint.form.attachments"),
    identityMode: text(whistleblowing ? "wbs.identity" : "complaint.form.identity"),
    reporterName: text("wbs.reporterName"),
    reporterContact: text("wbs.reporterContact"),
  };
}

/**
 * The complaint form and the whistleblowing form. Works without JavaScript
 * and keeps what was typed; before a complaint about a service is filed,
 * similar open complaints are offered once ("add your voice instead").
 */
export function ComplaintForm(props: ComplaintFormProps) {
  const { mode, messages, signedIn } = props;
  const [state, formAction, pending] = useActionState(props.action, { values: {}, fieldErrors: {} } as ComplaintFormState);
  const text = textFrom(messages);
  if (state.receipt) return <Receipt receipt={state.receipt} text={text} />;

  const whistleblowing = mode === "whistleblowing";
  const label = complaintLabels(text, whistleblowing);
  const { fieldErrors, summary } = formMessages(messages, state, label);
  const items = summary.filter((item) => item.field || !Object.keys(state.fieldErrors).length);
  const value = (name: string) => state.values[name] ?? props.initial[name] ?? "";
  /** A field's name, label, what was typed and its problems: the same four for every field. */
  const field = (name: keyof typeof label & string) => ({ name, label: label[name], defaultValue: value(name), errors: fieldErrors(name) });

  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <ErrorSummary title={text("form.errorSummaryTitle")} result={state} items={items} />
      {state.similar?.length ? (
        <section aria-labelledby="similar-title" className="mb-6 border-l-8 border-brand-600 bg-white p-4" data-testid="similar-complaints">
          <h2 id="similar-title" className="text-xl font-semibold">
            {text("complaint.similar.title")}
          </h2>
          <p className="mt-1">{text("complaint.similar.lead")}</p>
          <ul className="mt-3 space-y-2">
            {state.similar.map((similar) => (
              <li key={similar.trackingCode}>
                <Link href={`/pengaduan/${similar.trackingCode}`} className={linkStyle}>
                  <UserText>{similar.title}</UserText>
                </Link>{" "}
                <span className="text-sm text-slate-600">
                  ({similar.trackingCode} · {text("complaints.supportCount", { count: similar.supportCount })}) · {text("complaint.similar.view")}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <input type="hidden" name="submissionKey" value={props.submissionKey} />
      <input type="hidden" name="similarChecked" value={state.values.similarChecked ?? ""} />

      {whistleblowing ? (
        <input type="hidden" name="kind" value="WHISTLEBLOWING" />
      ) : (
        <RadioGroup name="kind" legend={label.kind} options={props.kinds} defaultValue={value("kind") || "COMPLAINT"} errors={fieldErrors("kind")} />
      )}

      {whistleblowing ? (
        <SelectField {...field("agencyCode")} options={props.agencies} placeholder={text("complaint.form.noAgency")} />
      ) : (
        <fieldset className="mb-5 rounded-md border border-slate-300 bg-white p-4">
          <legend className="px-1 font-semibold">{text("complaint.form.about")}</legend>
          <p className="mb-3 text-sm text-slate-600">{text("complaint.form.aboutHint")}</p>
          {props.applications.length ? (
            <SelectField
              {...field("applicationNumber")}
              hint={text("complaint.form.anonymousApplicationNote")}
              options={props.applications}
              placeholder={text("complaint.form.noApplication")}
            />
          ) : null}
          <SelectField {...field("serviceSlug")} options={props.services} placeholder={text("complaint.form.noService")} />
          <SelectField {...field("agencyCode")} options={props.agencies} placeholder={text("complaint.form.noAgency")} />
        </fieldset>
      )}

      <SelectField {...field("category")} options={props.categories} placeholder={text("complaint.form.choose")} />
      <TextField {...field("title")} hint={whistleblowing ? undefined : text("complaint.form.titleHint")} maxLength={150} required />
      <TextAreaField {...field("body")} hint={text(whistleblowing ? "wbs.bodyHint" : "complaint.form.bodyHint")} rows={8} maxLength={4000} required />

      <fieldset className="mb-5 rounded-md border border-slate-300 bg-white p-4">
        <legend className="px-1 font-semibold">{text("complaint.form.location")}</legend>
        <p className="mb-3 text-sm text-slate-600">{text(whistleblowing ? "wbs.locationHint" : "complaint.form.locationHint")}</p>
        <TextField {...field("locationText")} maxLength={200} />
        {whistleblowing ? null : (
          <>
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField {...field("latitude")} hint={text("complaint.form.coordinatesHint")} inputMode="decimal" />
              <TextField {...field("longitude")} inputMode="decimal" />
            </div>
            <LocationButton
              label={text("complaint.form.useMyLocation")}
              locating={text("complaint.form.locating")}
              found={text("complaint.form.locationFound")}
              failed={text("complaint.form.locationFailed")}
            />
          </>
        )}
      </fieldset>

      <AttachmentsField
        id="attachments"
        label={label.attachments}
        hint={state.reattach ? `${text("complaint.form.attachmentsHint")} ${text("complaint.form.reattach")}` : text("complaint.form.attachmentsHint")}
        errors={fieldErrors("attachments")}
      />

      {whistleblowing || signedIn ? (
        <fieldset
          id="identityMode"
          tabIndex={-1}
          className={`mb-5 ${fieldErrors("identityMode").length ? "border-l-4 border-accent-500 pl-4" : ""}`}
          aria-describedby={fieldErrors("identityMode").length ? "identityMode-error" : undefined}
        >
          <legend className="font-semibold text-slate-900">{label.identityMode}</legend>
          {fieldErrors("identityMode").length ? (
            <p id="identityMode-error" className="mt-1 font-semibold text-accent-500">
              {fieldErrors("identityMode").join(" ")}
            </p>
          ) : null}
          <div className="mt-2 space-y-3">
            {props.identities.map((option) => (
              <div key={option.value} className="flex items-start gap-3">
                <input
                  id={`identityMode-${option.value}`}
                  type="radio"
                  name="identityMode"
                  value={option.value}
                  defaultChecked={(value("identityMode") || props.identities[0]?.value) === option.value}
                  aria-describedby={option.hint ? `identityMode-${option.value}-hint` : undefined}
                  className="mt-1 h-5 w-5 shrink-0"
                />
                <div>
                  <label htmlFor={`identityMode-${option.value}`} className="font-semibold">
                    {option.label}
                  </label>
                  {option.hint ? (
                    <p id={`identityMode-${option.value}-hint`} className="text-sm text-slate-600">
                      {option.hint}
                    </p>
                  ) : null}
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      ) : (
        <div className="mb-5 rounded-md border border-slate-300 bg-white p-4">
          <input type="hidden" name="identityMode" value="ANONYMOUS" />
          <p>{text("complaint.form.signedOutNote")}</p>
          <p className="mt-1">
            <Link href={props.signInHref} className={linkStyle}>
              {text("complaint.form.signInForName")}
            </Link>
          </p>
        </div>
      )}
      {whistleblowing ? (
        <div className="mb-5" data-reporter-fields>
          <p className="mb-2 text-sm text-slate-600">{text("wbs.reporterHint")}</p>
          <TextField {...field("reporterName")} autoComplete="name" maxLength={120} />
          <TextField {...field("reporterContact")} maxLength={120} />
        </div>
      ) : null}

      <button type="submit" className={buttonPrimary} disabled={pending}>
        {state.similar?.length ? text("complaint.form.submitAnyway") : text(whistleblowing ? "wbs.submit" : "complaint.form.submit")}
      </button>
    </form>
  );
}

function Receipt({ receipt, text }: { receipt: NonNullable<ComplaintFormState["receipt"]>; text: ReturnType<typeof textFrom> }) {
  return (
    <section aria-labelledby="receipt-title" className="max-w-2xl rounded-lg border-4 border-emerald-600 bg-white p-6" data-testid="complaint-receipt">
      <h2 id="receipt-title" className="text-2xl font-bold" tabIndex={-1}>
        {text(receipt.whistleblowing ? "complaint.receipt.titleWhistleblowing" : "complaint.receipt.title")}
      </h2>
      <p className="mt-2">{text("complaint.receipt.lead")}</p>
      <dl className={`mt-4 text-lg ${factList}`}>
        <dt className="text-slate-600">{text("complaint.receipt.code")}</dt>
        <dd className="font-mono font-bold" data-testid="complaint-code">
          {receipt.trackingCode}
        </dd>
        <dt className="text-slate-600">{text("complaint.receipt.secret")}</dt>
        <dd className="font-mono font-bold" data-testid="complaint-secret">
          {receipt.secret}
        </dd>
      </dl>
      {receipt.linked ? null : <p className="mt-4 font-semibold">{text("complaint.receipt.anonymousWarning")}</p>}
      <p className="mt-4">
        <Link href={`/pengaduan/lacak/${receipt.trackingCode}`} className={buttonPrimary}>
          {text("complaint.receipt.follow")}
        </Link>
      </p>
    </section>
  );
}
