import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { serviceStandardSchema, type ServiceStandard } from "@/lib/catalog/standard";
import { versionsInForce } from "@/lib/catalog/version-in-force";
import { db } from "@/lib/platform/db";
import type { Locale } from "@/lib/platform/i18n/messages";
import { QUOTED_COMPONENT, type AskResult, type GroundedAnswer, type NamedService, type QuotedIntent, type Source } from "./answer-types";
import { extractiveComposer, type AnswerComposer } from "./composer";
import { decide, type Decision } from "./decide";
import { recognizeIntent, type Intent } from "./intent";
import { ownCaseAnswer } from "./own-case";
import { recognizeAgency, recognizeServices } from "./service-recognition";

export type Question = {
  question: string;
  /** The service the question was asked from or about (a service page's ask box, a choice taken). */
  contextSlug?: string | null;
  /** What is asked, when the asker picked it from a clarifying question. */
  topic?: Intent | null;
};

const agencyContactSelect = {
  nameId: true,
  nameEn: true,
  address: true,
  phone: true,
  email: true,
  officeOpens: true,
  officeCloses: true,
  timezone: true,
} as const;

/**
 * Tanya SatuPintu's answer to one question (DESIGN.md §15): what is asked
 * (intent.ts), about which service (service-recognition.ts on PostgreSQL),
 * whether that is clear enough to answer (decide.ts), and then the answer,
 * taken from the service's standard version in force now, or from the
 * asker's own case (own-case.ts). Reads only; logging is the use case's.
 */
export async function answerQuestion(
  actor: Actor,
  { question, contextSlug, topic }: Question,
  { locale, now = new Date(), composer = extractiveComposer }: { locale: Locale; now?: Date; composer?: AnswerComposer },
): Promise<AskResult & { decision: Decision; serviceSlug: string | null }> {
  const recognized = recognizeIntent(question);
  const intent = topic ?? recognized.intent;
  const quoteLocale: Locale = recognized.english ? "en" : locale;
  const [matches, agency] = await Promise.all([
    intent === "myCase" ? [] : recognizeServices(db, recognized.subject),
    intent === "location" ? recognizeAgency(db, recognized.subject) : null,
  ]);
  const decision = decide({ intent, subject: recognized.subject, matches, contextSlug, agency });
  const grounded = await groundedAnswer(actor, decision, intent, question, recognized.subject, now);
  const serviceSlug = grounded.kind === "quote" ? grounded.source.service.slug : grounded.kind === "contact" ? (grounded.source?.service.slug ?? null) : null;
  return {
    question,
    intent,
    confidence: decision.confidence,
    decision,
    serviceSlug,
    answer: await composer.compose(grounded, { question, locale, quoteLocale }),
  };
}

async function groundedAnswer(actor: Actor, decision: Decision, intent: Intent, question: string, subject: string[], now: Date): Promise<GroundedAnswer> {
  switch (decision.kind) {
    case "ownCase":
      return ownCaseAnswer(actor, question, subject);
    case "guide":
      return { kind: "guide", intent: intent === "tracking" ? "tracking" : "complaint" };
    case "agency": {
      const agency = await db.agency.findUniqueOrThrow({ where: { id: decision.agencyId }, select: { ...agencyContactSelect, slug: true } });
      return { kind: "contact", agency, source: null, agencyHref: `/layanan?instansi=${agency.slug}` };
    }
    case "quote":
      return quoteOf(decision.slug, intent, now);
    case "choices":
      return { kind: "choices", intent, candidates: await namedServices(decision.slugs) };
    case "clarifyTopic": {
      const [service] = await namedServices([decision.slug]);
      return service ? { kind: "clarifyTopic", service } : { kind: "unknown" };
    }
    case "clarifyService":
      return { kind: "clarifyService", intent };
    case "unknown":
      return { kind: "unknown" };
  }
}

/** The component asked about, verbatim from the standard version in force now, with where it stands and the decree it rests on. */
async function quoteOf(slug: string, intent: Intent, now: Date): Promise<GroundedAnswer> {
  const service = await db.service.findUnique({
    where: { slug },
    select: {
      slug: true,
      nameId: true,
      nameEn: true,
      status: true,
      agency: { select: { ...agencyContactSelect, slug: true } },
      versions: { select: { id: true, version: true, effectiveFrom: true, decreeNumber: true, slaWorkingDays: true, feeAmount: true } },
    },
  });
  if (!service || service.status !== "PUBLISHED") return { kind: "unknown" };
  // The one rule for which version applies (lib/catalog/version-in-force.ts); a scheduled version is never quoted.
  const version = versionsInForce(service.versions, now, service.agency.timezone).current;
  if (!version) return { kind: "unknown" };
  const named = { slug: service.slug, nameId: service.nameId, nameEn: service.nameEn };
  const source = (section: string): Source => ({
    service: named,
    versionNumber: version.version,
    decreeNumber: version.decreeNumber,
    effectiveFrom: version.effectiveFrom,
    sectionHref: `/layanan/${service.slug}#${section}`,
    decreeHref: `/layanan/${service.slug}/versi/${version.version}`,
  });
  const { agency } = service;
  if (intent === "location") return { kind: "contact", agency, source: source("contact-heading"), agencyHref: `/layanan?instansi=${agency.slug}` };
  const quoted = intent as QuotedIntent;
  const component = QUOTED_COMPONENT[quoted];
  return {
    kind: "quote",
    intent: quoted,
    component,
    quote: (await publishedStandard(version.id))[component],
    slaWorkingDays: version.slaWorkingDays,
    feeAmount: version.feeAmount,
    source: source(`std-${component}`),
  };
}

/** A published version never changes (publishing makes a new one), so its standard is read and checked once per process. */
const MAX_STANDARDS = 500;
const standards = new Map<string, ServiceStandard>();

async function publishedStandard(versionId: string): Promise<ServiceStandard> {
  const known = standards.get(versionId);
  if (known) return known;
  const row = await db.serviceStandardVersion.findUniqueOrThrow({ where: { id: versionId }, select: { standard: true } });
  const standard = serviceStandardSchema.parse(row.standard);
  standards.set(versionId, standard);
  if (standards.size > MAX_STANDARDS) standards.delete(standards.keys().next().value!);
  return standard;
}

async function namedServices(slugs: readonly string[]): Promise<NamedService[]> {
  const rows = await db.service.findMany({ where: { slug: { in: [...slugs] }, status: "PUBLISHED" }, select: { slug: true, nameId: true, nameEn: true } });
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}
