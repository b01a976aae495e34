import { needsService, type Intent } from "./intent";

/** A service is answered from only when its score reaches this (0..1, see service-recognition.ts)… */
export const ANSWER_THRESHOLD = 0.45;
/**
 * …and clearly leads the runner-up: by this much, or with the runner-up at
 * most RUNNER_UP_RATIO of its score. Two services that fit almost equally are
 * a question to ask back, not a guess.
 */
export const ANSWER_MARGIN = 0.25;
export const RUNNER_UP_RATIO = 0.65;
/** How many close services an abstention offers. */
export const MAX_CHOICES = 3;
/** A service below this is too far to offer even as a choice… */
export const CHOICE_FLOOR = 0.25;
/** …and so is one this far behind the best: what is offered is what a choice link (`layanan`) then answers from. */
export const CHOICE_SPREAD = 0.4;

export type ScoredService = {
  slug: string;
  agencyId: string;
  score: number;
  /** Which subject words its names or keywords account for (positions). */
  covers: readonly number[];
  /** Its name holds a word of the subject, or its names and keywords the whole subject (ServiceMatch.named). */
  named: boolean;
};

export type Decision =
  | { kind: "quote"; slug: string; confidence: number }
  | { kind: "agency"; agencyId: string; confidence: number }
  | { kind: "guide"; confidence: number }
  | { kind: "choices"; slugs: string[]; confidence: number }
  | { kind: "clarifyTopic"; slug: string; confidence: number }
  | { kind: "clarifyService"; confidence: number }
  | { kind: "ownCase"; confidence: number }
  | { kind: "unknown"; confidence: number };

export type DecisionInput = {
  intent: Intent;
  /** The question's words about which service (recognizeIntent's subject). */
  subject: readonly string[];
  /** Services the subject may mean, best first. */
  matches: readonly ScoredService[];
  /** The service the question was asked from (its page's ask box, or a choice taken): used only when the words name no other. */
  contextSlug?: string | null;
  /** An agency the words name by code ("jam buka disdukcapil"); `onlyAgency` when they name nothing else. */
  agency?: { id: string; onlyAgency: boolean } | null;
};

/**
 * The service the words clearly mean, if any: above the threshold, clear of
 * the runner-up, and accounting for every word the runner-up does ("kk
 * rusak": a KTP service that explains "rusak" but not "kk" is not clearly
 * meant over the family card that explains "kk"). A lone keyword is not
 * enough: "sim" among a loss report's keywords ("sim hilang") does not make a
 * question about driving licences one about loss reports. A word an admin
 * taught the assistant for the service counts as its name does.
 */
export function confidentService(matches: readonly ScoredService[]): ScoredService | null {
  const [top, second] = matches;
  if (!top || top.score < ANSWER_THRESHOLD || !top.named) return null;
  if (!second) return top;
  const clear = top.score - second.score >= ANSWER_MARGIN || second.score <= RUNNER_UP_RATIO * top.score;
  return clear && second.covers.every((word) => top.covers.includes(word)) ? top : null;
}

/**
 * What to answer (pure): the one rule that keeps the assistant from
 * answering from the wrong service. It quotes a service only when the words
 * clearly mean it, or when they name none and the question was asked from that
 * service's page; otherwise it offers the closest services or asks back.
 */
export function decide({ intent, subject, matches, contextSlug, agency }: DecisionInput): Decision {
  if (intent === "myCase") return { kind: "ownCase", confidence: 1 };
  const sure = confidentService(matches);
  const top = matches[0]?.score ?? 0;
  const close = matches.filter((match) => match.score >= Math.max(CHOICE_FLOOR, top - CHOICE_SPREAD)).slice(0, MAX_CHOICES);
  // The page's (or the chosen) service, unless the words point elsewhere: they name nothing, or it is among the closest.
  const context = !sure && contextSlug && (subject.length === 0 || close.some((match) => match.slug === contextSlug)) ? contextSlug : null;
  const service = sure?.slug ?? context;
  const confidence = sure?.score ?? (context ? 1 : top);

  if (intent === "tracking") return { kind: "guide", confidence: 1 };
  if (intent === "complaint") return service ? { kind: "quote", slug: service, confidence } : { kind: "guide", confidence: 1 };
  if (intent === "location" && agency && (agency.onlyAgency || !sure)) return { kind: "agency", agencyId: agency.id, confidence: 1 };
  if (service) return needsService(intent) ? { kind: "quote", slug: service, confidence } : { kind: "clarifyTopic", slug: service, confidence };
  if (close.length > 0) return { kind: "choices", slugs: close.map((match) => match.slug), confidence };
  if (needsService(intent) && subject.length === 0) return { kind: "clarifyService", confidence: 0 };
  return { kind: "unknown", confidence: 0 };
}
