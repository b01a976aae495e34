import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";

export const ASSISTANT_ADMIN_PATH = "/petugas/admin/tanya";
/** How far back the unanswered list looks. */
const WINDOW_DAYS = 90;
const MAX_GROUPS = 100;

/**
 * The questions the assistant could not answer and no admin has handled yet,
 * grouped by their normalised (and redacted) text, most asked first: what to
 * teach it next.
 */
export async function listUnansweredQuestions(actor: Actor, now = new Date()) {
  authorize(actor, "assistant.improve");
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
  const groups = await db.assistantQuestion.groupBy({
    by: ["normalized"],
    where: { outcome: "ABSTAINED", handledAt: null, createdAt: { gte: since }, normalized: { not: "" } },
    _count: { _all: true },
    _max: { createdAt: true, text: true, intent: true },
    orderBy: [{ _count: { normalized: "desc" } }, { normalized: "asc" }],
    take: MAX_GROUPS,
  });
  return groups.map((group) => ({
    normalized: group.normalized,
    example: group._max.text ?? group.normalized,
    intent: group._max.intent ?? "unknown",
    count: group._count._all,
    lastAskedAt: group._max.createdAt,
  }));
}

/** Every service an admin may add keywords to, by name. */
export async function listServicesForKeywords(actor: Actor) {
  authorize(actor, "assistant.improve");
  return db.service.findMany({ orderBy: { nameId: "asc" }, select: { id: true, nameId: true, nameEn: true, keywords: true } });
}
