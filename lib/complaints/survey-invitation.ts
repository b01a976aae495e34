import "server-only";
import type { Tx } from "@/lib/platform/db";
import { inviteToSurvey } from "@/lib/surveys/invite";

/**
 * A closed complaint invites its filer to the satisfaction survey (DESIGN.md
 * §6), in the closing transaction. Only a filer with an account can be asked:
 * anonymous and whistleblowing reports keep no link to anyone.
 */
export async function inviteFilerToSurvey(tx: Tx, complaint: { id: string; filerId: string | null; trackingCode: string }) {
  if (!complaint.filerId) return;
  await inviteToSurvey(tx, {
    userId: complaint.filerId,
    complaintId: complaint.id,
    trackingCode: complaint.trackingCode,
    link: `/pengaduan/survei/${complaint.id}`,
  });
}
