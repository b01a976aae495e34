import type { Locale } from "@/lib/platform/i18n/messages";
import type { ComposedAnswer, GroundedAnswer } from "./answer-types";

/**
 * Turns a grounded answer into what the asker reads. The seam for a future
 * language-model backend (docs/assistant.md): it may write a `paraphrase`
 * around the facts, but it receives only the grounded answer (records the
 * portal published, or the asker's own case), never decides what is true, and
 * the page always shows the verbatim quote and its source beside it.
 */
export interface AnswerComposer {
  compose(grounded: GroundedAnswer, context: { question: string; locale: Locale; quoteLocale: Locale }): Promise<ComposedAnswer>;
}

/** The default and only composer: the extractive, quoted answer, with nothing added. */
export const extractiveComposer: AnswerComposer = {
  async compose(grounded, { quoteLocale }) {
    return { grounded, paraphrase: null, quoteLocale };
  },
};
