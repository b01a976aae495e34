import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { LocalizedText } from "@/lib/platform/i18n/localized";
import type { Locale } from "@/lib/platform/i18n/messages";
import type { Intent } from "./intent";

/** The standard's components the assistant quotes (lib/catalog/standard.ts), one per intent. */
export const QUOTED_COMPONENT = {
  requirements: "requirements",
  procedure: "procedure",
  duration: "timeLimit",
  fee: "fee",
  product: "output",
  complaint: "complaintHandling",
} as const;
export type QuotedIntent = keyof typeof QUOTED_COMPONENT;
export type QuotedComponent = (typeof QUOTED_COMPONENT)[QuotedIntent];

export type NamedService = { slug: string; nameId: string; nameEn: string };

/** Where a quote comes from: the service's current published standard version and its decree. */
export type Source = {
  service: NamedService;
  versionNumber: number;
  decreeNumber: string;
  effectiveFrom: Date;
  /** The service page section quoted, e.g. /layanan/akta-kelahiran#std-requirements. */
  sectionHref: string;
  /** The version page of the decree the quote rests on. */
  decreeHref: string;
};

export type AgencyContact = {
  nameId: string;
  nameEn: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  officeOpens: string;
  officeCloses: string;
  timezone: string;
};

/**
 * Everything the assistant can say, each taken from a record: never free text.
 * A language-model rephraser (AnswerComposer) may add wording around it, but
 * the quote and its source are the answer.
 */
export type GroundedAnswer =
  | {
      kind: "quote";
      intent: QuotedIntent;
      component: QuotedComponent;
      /** The component's exact published text, in both languages; a list is quoted item by item. */
      quote: LocalizedText | LocalizedText[];
      /** The figures the standard's wording is about: working days, Rupiah. */
      slaWorkingDays: number;
      feeAmount: number;
      source: Source;
    }
  | { kind: "contact"; agency: AgencyContact; source: Source | null; agencyHref: string }
  | { kind: "guide"; intent: "complaint" | "tracking" }
  /** Not sure which service: the closest ones, each a link that asks again about it. */
  | { kind: "choices"; intent: Intent; candidates: NamedService[] }
  /** The service is clear, what is asked about it is not: one question back. */
  | { kind: "clarifyTopic"; service: NamedService }
  /** A topic that needs a service, and no service named at all: one question back. */
  | { kind: "clarifyService"; intent: Intent }
  | { kind: "unknown" }
  | { kind: "signIn" }
  | {
      kind: "ownApplication";
      trackingNumber: string | null;
      service: NamedService;
      status: ApplicationStatus;
      /** The officer's note: why it came back for correction, or why it was refused. */
      officerNote: string | null;
      dueAt: Date | null;
      timeZone: string;
      href: string;
    }
  | { kind: "ownComplaint"; trackingCode: string; title: string; status: string; href: string }
  | { kind: "noOwnCase" };

export type AnswerKind = GroundedAnswer["kind"];

/** What a composer made of a grounded answer: the grounded answer untouched, and perhaps wording around it. */
export type ComposedAnswer = {
  grounded: GroundedAnswer;
  /** A rephrasing of the grounded answer for the asker; null from the extractive composer. Never shown without the quote. */
  paraphrase: string | null;
  /** The language of the quote: an English question is answered from the standard's English text. */
  quoteLocale: Locale;
};

export type AskResult = {
  question: string;
  intent: Intent;
  /** 0..1: how sure the service recognition was (1 for answers that need no service). */
  confidence: number;
  answer: ComposedAnswer;
};
