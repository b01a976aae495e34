import "server-only";
import type { FormDefinition } from "@/lib/catalog/form-definition";
import type { AnswersInput } from "@/lib/catalog/form-fields";
import { profileUpdatesFrom, type ProfileUpdate } from "@/lib/catalog/form-profile";
import { loadProfileValues } from "@/lib/identity/profile-values";
import { providerVerifiedFields } from "@/lib/identity/oidc/verified";
import { db, type Tx } from "@/lib/platform/db";

/**
 * The profile changes an application's answers may write back: what differs from the citizen's profile, less
 * the facts a linked identity provider vouches for (docs/identity.md). The check page offers exactly these, and
 * submission writes those of them the citizen chose.
 */
export async function profileWriteBacks(client: Tx, citizenId: string, definition: FormDefinition, answers: AnswersInput): Promise<ProfileUpdate[]> {
  const current = await loadProfileValues(client, citizenId);
  const verified = await providerVerifiedFields(client, citizenId);
  return profileUpdatesFrom(definition, answers, current).filter((update) => !verified.has(update.binding));
}

/** The same, for a page outside any transaction. */
export const offeredProfileWriteBacks = (citizenId: string, definition: FormDefinition, answers: AnswersInput) =>
  profileWriteBacks(db, citizenId, definition, answers);
