"use server";
import { redirect } from "next/navigation";
import { actionRequest, runFormAction, signInPath } from "@/lib/auth/action-runner";
import { AppError } from "@/lib/platform/errors";
import { blankFieldErrors, formValues, type FormState } from "@/lib/platform/form-state";
import { signAccessToken } from "./access-token";
import { ATTACHMENTS_FIELD, type IncomingFile } from "./attachments";
import { filerCredential, grantFilerAccess } from "./filer-session";
import { similarOpenComplaints, type SimilarComplaint } from "./queries";
import { fileComplaintSchema } from "./schemas";
import { accessTokenKey } from "./tracking-secret";
import { fileComplaint } from "./use-cases/file-complaint";
import { acceptResponse } from "./use-cases/accept-response";
import { addInformation } from "./use-cases/add-information";
import { disputeResponse } from "./use-cases/dispute-response";
import { rateHandling } from "./use-cases/rate-handling";
import { supportComplaint } from "./use-cases/support-complaint";
import { trackComplaint } from "./use-cases/track-complaint";

async function filesOf(formData: FormData, field: string): Promise<IncomingFile[]> {
  const files: IncomingFile[] = [];
  for (const entry of formData.getAll(field)) {
    if (entry instanceof File && entry.size > 0) files.push({ fileName: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) });
  }
  return files;
}

export type ComplaintReceiptView = { trackingCode: string; secret: string; whistleblowing: boolean; linked: boolean };
export type ComplaintFormState = FormState & {
  receipt?: ComplaintReceiptView;
  similar?: Pick<SimilarComplaint, "trackingCode" | "title" | "supportCount">[];
  /** Files cannot survive a round trip: the filer picks them again. */
  reattach?: boolean;
};

const FILING_FIELDS = [
  "kind",
  "identityMode",
  "category",
  "title",
  "body",
  "serviceSlug",
  "agencyCode",
  "applicationNumber",
  "locationText",
  "latitude",
  "longitude",
  "reporterName",
  "reporterContact",
  "submissionKey",
] as const;

/**
 * The complaint and whistleblowing forms' action. Before a complaint about a
 * service is filed, open published complaints about it are offered once
 * ("add your voice instead"); sending again files it. The receipt (code and
 * secret) comes back to the form, shown once; the browser also gets a
 * follow-up token, so "view the complaint" opens at once, with or without an account.
 */
export async function fileComplaintAction(_previous: ComplaintFormState, formData: FormData): Promise<ComplaintFormState> {
  const files = await filesOf(formData, ATTACHMENTS_FIELD);
  return runFormAction<ComplaintFormState, ComplaintFormState>(
    formData,
    async ({ actor, values, context }) => {
      const input = Object.fromEntries(FILING_FIELDS.map((field) => [field, values[field] ?? ""]));
      // Offered once, and only for a complaint that could be filed as it is: mistakes are pointed out first.
      if (values.kind !== "WHISTLEBLOWING" && values.similarChecked !== "1" && fileComplaintSchema.safeParse(input).success) {
        const similar = await similarOpenComplaints(
          {
            serviceSlug: values.serviceSlug,
            agencyCode: values.agencyCode,
            applicationNumber: values.applicationNumber,
            text: `${values.title ?? ""} ${values.body ?? ""}`,
          },
          actor,
        );
        if (similar.length > 0) {
          return {
            values: { ...values, similarChecked: "1" },
            fieldErrors: {},
            similar: similar.map(({ trackingCode, title, supportCount }) => ({ trackingCode, title, supportCount })),
            reattach: files.length > 0,
          };
        }
      }
      const receipt = await fileComplaint(actor, input, files, context);
      await grantFilerAccess(signAccessToken(accessTokenKey(), receipt.id, new Date()));
      return {
        values: {},
        fieldErrors: {},
        receipt: { trackingCode: receipt.trackingCode, secret: receipt.secret, whistleblowing: receipt.whistleblowing, linked: receipt.linked },
      };
    },
    { formError: "always", extras: { reattach: files.length > 0 }, onSuccess: (state) => state },
  );
}

/** Code + secret in, a follow-up token and the complaint's page out. */
export async function trackComplaintAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const blank = blankFieldErrors(formData, ["code", "secret"]);
  if (Object.keys(blank).length) return { values: formValues(formData, ["secret"]), fieldErrors: blank };
  return runFormAction(
    formData,
    async ({ actor, context }) => {
      const tracked = await trackComplaint(actor, { code: formData.get("code") ?? "", secret: formData.get("secret") ?? "" }, context);
      await grantFilerAccess(tracked.accessToken);
      return tracked.trackingCode;
    },
    { omit: ["secret"], formError: "always", onSuccess: (code) => `/pengaduan/lacak/${code}` },
  );
}

/** A filer action's success goes back to the follow-up page with a notice (post/redirect/get). */
const backToFollowUp = (code: string, flash: string) => ({
  formError: "always" as const,
  onSuccess: `/pengaduan/lacak/${encodeURIComponent(code)}?selesai=${flash}`,
});

export async function addInformationAction(complaintId: string, code: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    async ({ context }) =>
      addInformation(
        await filerCredential(),
        complaintId,
        { text: formData.get("text") ?? "", submissionKey: formData.get("submissionKey") || undefined },
        await filesOf(formData, ATTACHMENTS_FIELD),
        context,
      ),
    backToFollowUp(code, "infoAdded"),
  );
}

export async function acceptResponseAction(complaintId: string, code: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, async ({ context }) => acceptResponse(await filerCredential(), complaintId, context), backToFollowUp(code, "accepted"));
}

export async function disputeResponseAction(complaintId: string, code: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    async ({ context }) => disputeResponse(await filerCredential(), complaintId, { reason: formData.get("reason") ?? "" }, context),
    backToFollowUp(code, "disputed"),
  );
}

export async function rateHandlingAction(complaintId: string, code: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    async ({ context }) =>
      rateHandling(await filerCredential(), complaintId, { rating: formData.get("rating") ?? "", comment: formData.get("comment") ?? "" }, context),
    backToFollowUp(code, "rated"),
  );
}

/** "Add your voice": citizens with an account; others are asked to sign in first. */
export async function supportComplaintAction(code: string): Promise<void> {
  const { actor } = await actionRequest();
  const back = `/pengaduan/${encodeURIComponent(code)}`;
  if (actor.kind !== "user") redirect(signInPath(back));
  try {
    await supportComplaint(actor, code);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    redirect(`${back}?galat=${encodeURIComponent(error.messageKey)}`);
  }
  redirect(`${back}?didukung=1`);
}
