"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/platform/errors";
import { blankFieldErrors, formValues, type FormState } from "@/lib/platform/form-state";
import { clientIp } from "@/lib/platform/request-context";
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

const requestIp = async () => clientIp(await headers());

function failed<S extends FormState>(values: Record<string, string>, error: unknown, extra?: Partial<S>): S {
  if (error instanceof AppError) return { values, fieldErrors: error.fieldErrors, formError: error.messageKey, ...extra } as S;
  throw error;
}

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
  const values = formValues(formData);
  const actor = await currentActor();
  const files = await filesOf(formData, ATTACHMENTS_FIELD);
  const input = Object.fromEntries(FILING_FIELDS.map((field) => [field, values[field] ?? ""]));
  try {
    // Offered once, and only for a complaint that could be filed as it is: mistakes are pointed out first.
    if (values.kind !== "WHISTLEBLOWING" && values.similarChecked !== "1" && fileComplaintSchema.safeParse(input).success) {
      const similar = await similarOpenComplaints(
        { serviceSlug: values.serviceSlug, agencyCode: values.agencyCode, applicationNumber: values.applicationNumber, text: `${values.title ?? ""} ${values.body ?? ""}` },
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
    const receipt = await fileComplaint(actor, input, files, { ip: await requestIp() });
    await grantFilerAccess(signAccessToken(accessTokenKey(), receipt.id, new Date()));
    return { values: {}, fieldErrors: {}, receipt: { trackingCode: receipt.trackingCode, secret: receipt.secret, whistleblowing: receipt.whistleblowing, linked: receipt.linked } };
  } catch (error) {
    return failed<ComplaintFormState>(values, error, { reattach: files.length > 0 });
  }
}

/** Code + secret in, a follow-up token and the complaint's page out. */
export async function trackComplaintAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["secret"]);
  const blank = blankFieldErrors(formData, ["code", "secret"]);
  if (Object.keys(blank).length) return { values, fieldErrors: blank };
  let code: string;
  try {
    const tracked = await trackComplaint(await currentActor(), { code: formData.get("code") ?? "", secret: formData.get("secret") ?? "" }, { ip: await requestIp() });
    await grantFilerAccess(tracked.accessToken);
    code = tracked.trackingCode;
  } catch (error) {
    return failed(values, error);
  }
  redirect(`/pengaduan/lacak/${code}`);
}

/** Runs a filer action; success goes back to the follow-up page with a notice (post/redirect/get). */
async function filerAction(code: string, flash: string, formData: FormData, run: () => Promise<unknown>, omit: string[] = []): Promise<FormState> {
  const values = formValues(formData, omit);
  try {
    await run();
  } catch (error) {
    return failed(values, error);
  }
  redirect(`/pengaduan/lacak/${encodeURIComponent(code)}?selesai=${flash}`);
}

export async function addInformationAction(complaintId: string, code: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return filerAction(code, "infoAdded", formData, async () =>
    addInformation(
      await filerCredential(),
      complaintId,
      { text: formData.get("text") ?? "", submissionKey: formData.get("submissionKey") || undefined },
      await filesOf(formData, ATTACHMENTS_FIELD),
      { ip: await requestIp() },
    ),
  );
}

export async function acceptResponseAction(complaintId: string, code: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return filerAction(code, "accepted", formData, async () => acceptResponse(await filerCredential(), complaintId, { ip: await requestIp() }));
}

export async function disputeResponseAction(complaintId: string, code: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return filerAction(code, "disputed", formData, async () =>
    disputeResponse(await filerCredential(), complaintId, { reason: formData.get("reason") ?? "" }, { ip: await requestIp() }),
  );
}

export async function rateHandlingAction(complaintId: string, code: string, _previous: FormState, formData: FormData): Promise<FormState> {
  return filerAction(code, "rated", formData, async () =>
    rateHandling(await filerCredential(), complaintId, { rating: formData.get("rating") ?? "", comment: formData.get("comment") ?? "" }, { ip: await requestIp() }),
  );
}

/** "Add your voice": citizens with an account; others are asked to sign in first. */
export async function supportComplaintAction(code: string): Promise<void> {
  const actor = await currentActor();
  const back = `/pengaduan/${encodeURIComponent(code)}`;
  if (actor.kind !== "user") redirect(`/masuk?callbackUrl=${encodeURIComponent(back)}`);
  try {
    await supportComplaint(actor, code);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    redirect(`${back}?galat=${encodeURIComponent(error.messageKey)}`);
  }
  redirect(`${back}?didukung=1`);
}
