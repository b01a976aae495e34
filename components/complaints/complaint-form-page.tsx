import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { fileComplaintAction } from "@/lib/complaints/actions";
import { COMPLAINT_CATEGORIES, WHISTLEBLOWING_CATEGORIES } from "@/lib/complaints/categories";
import { complaintFormOptions, listOwnApplicationsForComplaint } from "@/lib/complaints/queries";
import { IDENTITY_MODES, PUBLIC_KINDS } from "@/lib/complaints/workflow";
import { pick } from "@/lib/platform/i18n/format";
import { messagesFor, type Locale, type Translator } from "@/lib/platform/i18n/messages";
import { ComplaintForm } from "./complaint-form";

/** The complaint or whistleblowing form with its choices in the reader's language. */
export async function ComplaintFormSection({
  mode,
  actor,
  locale,
  t,
  initial,
  signInHref,
}: {
  mode: "complaint" | "whistleblowing";
  actor: Actor;
  locale: Locale;
  t: Translator;
  initial: Record<string, string>;
  signInHref: string;
}) {
  const whistleblowing = mode === "whistleblowing";
  const [{ services, agencies }, applications] = await Promise.all([
    complaintFormOptions(),
    whistleblowing ? Promise.resolve([]) : listOwnApplicationsForComplaint(actor),
  ]);
  const identities = whistleblowing
    ? [
        { value: "ANONYMOUS", label: t("wbs.identityAnonymous"), hint: "" },
        { value: "CONFIDENTIAL", label: t("wbs.identityConfidential"), hint: t("wbs.reporterHint") },
      ]
    : IDENTITY_MODES.map((mode) => ({ value: mode, label: t(`complaint.identity.${mode}`), hint: t(`complaint.identityHint.${mode}`) }));
  return (
    <ComplaintForm
      mode={mode}
      action={fileComplaintAction}
      messages={messagesFor(locale, ["complaint.", "complaints.", "wbs.", "form.", "upload."])}
      submissionKey={randomUUID()}
      signedIn={actor.kind === "user"}
      signInHref={signInHref}
      kinds={PUBLIC_KINDS.map((kind) => ({ value: kind, label: t(`complaint.kind.${kind}`) }))}
      categories={(whistleblowing ? WHISTLEBLOWING_CATEGORIES : COMPLAINT_CATEGORIES).map((category) => ({
        value: category,
        label: t(`complaint.category.${category}`),
      }))}
      applications={applications.flatMap((application) =>
        application.trackingNumber
          ? [{ value: application.trackingNumber, label: `${application.trackingNumber} · ${pick(locale, application.service, "name")}` }]
          : [],
      )}
      services={services.map((service) => ({ value: service.slug, label: pick(locale, service, "name") }))}
      agencies={agencies.map((agency) => ({ value: agency.code, label: pick(locale, agency, "name") }))}
      identities={identities}
      initial={initial}
    />
  );
}
