"use server";
import { revalidatePath } from "next/cache";
import { actionRequest } from "@/lib/auth/action-runner";
import { markNotificationsRead } from "./use-cases/mark-notifications-read";

export async function markAllNotificationsReadAction(): Promise<void> {
  const { actor } = await actionRequest();
  await markNotificationsRead(actor, "all");
  revalidatePath("/notifikasi");
}
