import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/platform/errors";
import { fieldErrorsFromIssues } from "@/lib/platform/validation";
import { getServiceForAdmin } from "./admin-queries";
import { formDefinitionSchema } from "./form-definition";
import { answersFromFormData, compileAnswersSchema } from "./form-schema";

/** Checks answers typed into the preview against the draft form, as a citizen's would be checked; nothing is stored. */
export async function checkPreviewAnswers(actor: Actor, serviceId: string, entries: [string, FormDataEntryValue][]) {
  const service = await getServiceForAdmin(actor, serviceId);
  const parsed = formDefinitionSchema.safeParse(service.draft.formDefinition);
  if (!parsed.success) throw new AppError("INVALID", "catalogAdmin.preview.invalid");
  const result = compileAnswersSchema(parsed.data, { today: service.agencyToday }).safeParse(answersFromFormData(parsed.data, entries));
  return { fieldErrors: fieldErrorsFromIssues(result.error?.issues ?? []) };
}
