import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/page-guards";
import { ownComplaintCode } from "@/lib/complaints/queries";

export const dynamic = "force-dynamic";

/**
 * Complaints have no service survey (their filer rates the handling once, on
 * the complaint): an invitation sent before that changed leads here, and goes
 * on to the complaint's own page, where the rating is.
 */
export default async function ComplaintSurveyPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }] = await Promise.all([params]);
  const actor = await requireUser(`/pengaduan/survei/${id}`);
  const code = await ownComplaintCode(actor, id);
  if (!code) notFound();
  redirect(`/pengaduan/lacak/${code}`);
}
