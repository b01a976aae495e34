"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionRequest } from "@/lib/auth/action-runner";
import { authorize } from "@/lib/auth/policy";
import { safeRedirectPath } from "@/lib/platform/redirects";
import { refreshDashboard } from "./refresh";

const SUPERVISOR_DASHBOARD = "/petugas/dasbor";

/** "Update the figures now": an incremental refresh (seconds even on large data), then back to the same view. */
export async function refreshDashboardAction(formData: FormData): Promise<void> {
  authorize((await actionRequest()).actor, "dashboard.refresh");
  await refreshDashboard();
  revalidatePath(SUPERVISOR_DASHBOARD);
  revalidatePath("/transparansi");
  const back = new URL(safeRedirectPath(formData.get("kembali"), SUPERVISOR_DASHBOARD), "http://portal.invalid");
  back.searchParams.set("diperbarui", "1");
  redirect(`${back.pathname}${back.search}`);
}
