import "server-only";
import { notify } from "@/lib/notifications/notify";
import type { EmailNotificationKey } from "@/lib/notifications/render";
import type { Tx } from "@/lib/platform/db";
import type { MessageKey } from "@/lib/platform/i18n/messages";

type Notice = { messageKey: EmailNotificationKey; email?: boolean } | { messageKey: MessageKey; email?: false };

/** Tells the filer, when they filed with an account, linking to the complaint's follow-up page. */
export async function notifyFiler(tx: Tx, complaint: { filerId: string | null; trackingCode: string }, notice: Notice): Promise<void> {
  if (!complaint.filerId) return;
  await notify(tx, {
    userId: complaint.filerId,
    ...notice,
    params: { trackingCode: complaint.trackingCode },
    link: `/pengaduan/lacak/${complaint.trackingCode}`,
  });
}

/** Tells the officer holding the complaint, if anyone does, linking to its case page (the integrity unit's for a whistleblowing report). */
export async function notifyHolder(
  tx: Tx,
  complaint: { id: string; kind: string; trackingCode: string; assignedOfficerId: string | null },
  messageKey: MessageKey,
): Promise<void> {
  if (!complaint.assignedOfficerId) return;
  const link = complaint.kind === "WHISTLEBLOWING" ? `/petugas/integritas/${complaint.id}` : `/petugas/pengaduan/${complaint.id}`;
  await notify(tx, { userId: complaint.assignedOfficerId, messageKey, params: { trackingCode: complaint.trackingCode }, link });
}
