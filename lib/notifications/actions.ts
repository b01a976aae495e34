"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import { markNotificationsRead } from "./use-cases/mark-notifications-read";

export async function markAllNotificationsReadAction(): Promise<void> {
  await markNotificationsRead(await currentActor(), "all");
  revalidatePath("/notifikasi");
}
