import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeSignedIn } from "@/lib/auth/policy";
import { refreshServiceSearch } from "@/lib/catalog/search";
import { recordAudit } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";
import { AppError, notFound } from "@/lib/platform/errors";
import { parseOrThrow } from "@/lib/platform/validation";
import { keywordsSchema, mergeKeywords } from "../input";

/** The catalog admin's limit on a service's keywords (lib/catalog/admin-input.ts). */
const MAX_KEYWORDS_CHARS = 500;

/**
 * An admin teaches the assistant (and the catalog search) words for a
 * service, from a question it could not answer. They join the service's search
 * keywords and the assistant's own words for it (AssistantKeyword) at once:
 * the next question, and the next catalog search, find it without a deploy.
 * Adding the same words twice changes nothing.
 */
export async function addServiceKeywords(actor: Actor, input: unknown, context: { ip: string | null }): Promise<{ serviceId: string; keywords: string }> {
  const admin = authorizeSignedIn(actor, "assistant.improve");
  const { serviceId, keywords, question } = parseOrThrow(keywordsSchema, input);
  return db.$transaction(async (tx) => {
    const [service] = await tx.$queryRaw<{ keywords: string }[]>`SELECT "keywords" FROM "Service" WHERE "id" = ${serviceId} FOR UPDATE`;
    if (!service) throw notFound();
    const merged = mergeKeywords(service.keywords, keywords);
    if (merged.length > MAX_KEYWORDS_CHARS) throw new AppError("INVALID", "error.invalidInput", { keywords: ["assistant.error.keywordsFull"] });
    if (merged !== service.keywords) {
      await tx.service.update({ where: { id: serviceId }, data: { keywords: merged } });
      await refreshServiceSearch(tx, serviceId);
    }
    // What the admin meant counts for the assistant as the service's name does (service-recognition.ts).
    await tx.assistantKeyword.createMany({ data: keywords.split(" ").map((word) => ({ serviceId, word })), skipDuplicates: true });
    if (question) await tx.assistantQuestion.updateMany({ where: { normalized: question, handledAt: null }, data: { handledAt: new Date() } });
    await recordAudit(tx, {
      ...admin,
      action: "service.keywordsAdded",
      entityType: "Service",
      entityId: serviceId,
      ip: context.ip,
      data: { added: keywords, question },
    });
    return { serviceId, keywords: merged };
  });
}
