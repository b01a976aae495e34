import { notFound, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { ownComplaintCode } from "@/lib/complaints/queries";

export const dynamic = "force-dynamic";

/**
 * Complaints have no service survey (their filer rates the handling once, on
 * the complaint): an invitation sent before that changed leads here, and goes
 * on to the complaint's own page, where the rating is.
 */
export default async function ComplaintSurveyPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor] = await Promise.all([params, currentActor()]);
  if (actor.kind !== "user") redirect(`/masuk?callbackUrl=${encodeURIComponent(`/pengaduan/survei/${id}`)}`);
  const code = await ownComplaintCode(actor, id);
  if (!code) notFound();
  redirect(`/pengaduan/lacak/${code}`);
}
