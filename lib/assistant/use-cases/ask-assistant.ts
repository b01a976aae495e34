import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { db } from "@/lib/platform/db";
import type { Locale } from "@/lib/platform/i18n/messages";
import { parseOrThrow } from "@/lib/platform/validation";
import { answerQuestion } from "../answer";
import type { AskResult } from "../answer-types";
import type { AnswerComposer } from "../composer";
import type { Decision } from "../decide";
import { questionSchema } from "../input";
import { normalizeQuestion } from "../normalize";
import { redactPersonalData } from "../redact";
import type { AssistantOutcome } from "@/lib/generated/prisma/enums";

const OUTCOME: Record<Decision["kind"], AssistantOutcome> = {
  quote: "ANSWERED",
  agency: "ANSWERED",
  guide: "ANSWERED",
  ownCase: "OWN_CASE",
  choices: "ABSTAINED",
  clarifyTopic: "ABSTAINED",
  clarifyService: "ABSTAINED",
  unknown: "ABSTAINED",
};

/**
 * Anyone asks Tanya SatuPintu a question (DESIGN.md §15). The answer reads
 * only published records and the asker's own case. The question is logged for
 * the admins' unanswered list with personal data redacted first and nothing
 * that ties it to the asker (no account, no address); for one's own case, only
 * that one was asked. The log is not an audited change of any record, so it
 * carries no audit entry.
 */
export async function askAssistant(
  actor: Actor,
  input: unknown,
  options: { locale: Locale; now?: Date; composer?: AnswerComposer; log?: boolean },
): Promise<AskResult> {
  authorize(actor, "assistant.ask");
  const { q, layanan, topik } = parseOrThrow(questionSchema, input);
  const result = await answerQuestion(actor, { question: q, contextSlug: layanan, topic: topik }, options);
  if (options.log !== false) {
    const outcome = OUTCOME[result.decision.kind];
    const ownCase = outcome === "OWN_CASE";
    await db.assistantQuestion.create({
      data: {
        text: ownCase ? "" : redactPersonalData(q),
        normalized: ownCase ? "" : redactPersonalData(normalizeQuestion(q).join(" ")).slice(0, 400),
        intent: result.intent,
        outcome,
        serviceSlug: result.serviceSlug,
        confidence: result.confidence,
        locale: options.locale,
      },
    });
  }
  return { question: result.question, intent: result.intent, confidence: result.confidence, answer: result.answer };
}
