import { Link } from "@/components/ui/link";
import { AgencyContactDetails } from "@/components/catalog/agency-contact-details";
import { linkStyle } from "@/components/ui/styles";
import { signInPath } from "@/lib/auth/action-runner";
import type { ComposedAnswer, GroundedAnswer, NamedService, Source } from "@/lib/assistant/answer-types";
import type { Intent } from "@/lib/assistant/intent";
import { askHref } from "@/lib/assistant/paths";
import { formatCalendarDate, formatMoment, formatRupiah, pick } from "@/lib/platform/i18n/format";
import type { LocalizedText } from "@/lib/platform/i18n/localized";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";

type Props = { answer: ComposedAnswer; question: string; locale: Locale; t: Translator };

const CLARIFY_TOPICS = ["requirements", "procedure", "duration", "fee", "product", "location"] as const satisfies readonly Intent[];

/** One answer: a quote with its source, a contact, a guide, a choice, or the asker's own case. Every fact comes from `answer.grounded`. */
export function AnswerView({ answer, question, locale, t }: Props) {
  const { grounded, paraphrase, quoteLocale } = answer;
  return (
    <div data-testid="assistant-answer" data-kind={grounded.kind}>
      {paraphrase ? (
        <p className="mb-3">
          <span className="font-semibold">{t("assistant.paraphraseLabel")}: </span>
          {paraphrase}
        </p>
      ) : null}
      <GroundedView grounded={grounded} question={question} quoteLocale={quoteLocale} locale={locale} t={t} />
    </div>
  );
}

function GroundedView({
  grounded,
  question,
  quoteLocale,
  locale,
  t,
}: {
  grounded: GroundedAnswer;
  question: string;
  quoteLocale: Locale;
  locale: Locale;
  t: Translator;
}) {
  switch (grounded.kind) {
    case "quote":
      return (
        <>
          <p className="font-semibold">{t(`assistant.quoteIntro.${grounded.intent}`, { service: pick(locale, grounded.source.service, "name") })}</p>
          <blockquote
            lang={quoteLocale}
            aria-label={t("assistant.quoteLabel")}
            className="my-3 border-l-4 border-brand-600 bg-slate-50 p-4"
            data-testid="assistant-quote"
          >
            <Quoted value={grounded.quote} locale={quoteLocale} ordered={grounded.component === "procedure"} />
            {grounded.intent === "duration" ? (
              <p className="mt-2">{t("assistant.figure.duration", { days: t("service.workingDays", { count: grounded.slaWorkingDays }) })}</p>
            ) : null}
            {grounded.intent === "fee" ? (
              <p className="mt-2">
                {t("assistant.figure.fee", { amount: grounded.feeAmount === 0 ? t("service.free") : formatRupiah(grounded.feeAmount, locale) })}
              </p>
            ) : null}
          </blockquote>
          <SourceView source={grounded.source} section={t(`standard.${grounded.component}`)} locale={locale} t={t} />
        </>
      );
    case "contact": {
      const { agency } = grounded;
      return (
        <>
          <p className="font-semibold">{t("assistant.contactIntro", { agency: pick(locale, agency, "name") })}</p>
          <AgencyContactDetails agency={agency} t={t} className="my-3 border-l-4 border-brand-600 bg-slate-50 p-4" testId="assistant-quote" />
          {grounded.source ? (
            <SourceView source={grounded.source} section={t("service.contact")} locale={locale} t={t} />
          ) : (
            <p>
              <Link href={grounded.agencyHref} className={linkStyle}>
                {t("assistant.agencyServices", { agency: pick(locale, agency, "name") })}
              </Link>
            </p>
          )}
        </>
      );
    }
    case "guide":
      return grounded.intent === "complaint" ? (
        <>
          <p>{t("assistant.guide.complaint")}</p>
          <p className="mt-2 flex flex-wrap gap-4">
            <Link href="/pengaduan/baru" className={linkStyle}>
              {t("assistant.guide.complaintLink")}
            </Link>
            <Link href="/pengaduan/lacak" className={linkStyle}>
              {t("assistant.guide.complaintTrackingLink")}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>{t("assistant.guide.tracking")}</p>
          <p className="mt-2 flex flex-wrap gap-4">
            <Link href="/lacak" className={linkStyle}>
              {t("assistant.guide.trackingLink")}
            </Link>
            <Link href="/permohonan" className={linkStyle}>
              {t("assistant.noOwnCase.link")}
            </Link>
          </p>
        </>
      );
    case "choices":
      return (
        <>
          <p className="font-semibold">{t("assistant.choices.title")}</p>
          <p>{t("assistant.choices.lead")}</p>
          <ServiceChoices services={grounded.candidates} question={question} topic={grounded.intent === "unknown" ? null : grounded.intent} locale={locale} />
        </>
      );
    case "clarifyTopic":
      return (
        <>
          <p className="font-semibold">{t("assistant.clarifyTopic.title", { service: pick(locale, grounded.service, "name") })}</p>
          <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2" data-testid="assistant-choices">
            {CLARIFY_TOPICS.map((topic) => (
              <li key={topic}>
                <Link href={askHref(question, { service: grounded.service.slug, topic })} className={linkStyle}>
                  {t(`assistant.intent.${topic}`)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      );
    case "clarifyService":
      return (
        <>
          <p className="font-semibold">{t("assistant.clarifyService.title")}</p>
          <p>{t("assistant.clarifyService.lead")}</p>
          <p className="mt-2">
            <Link href="/layanan" className={linkStyle}>
              {t("assistant.catalogLink")}
            </Link>
          </p>
        </>
      );
    case "unknown":
      return (
        <>
          <p className="font-semibold">{t("assistant.unknown.title")}</p>
          <p>{t("assistant.unknown.lead")}</p>
        </>
      );
    case "signIn":
      return (
        <p>
          {t("assistant.signIn.lead")}{" "}
          <Link href={signInPath(askHref(question))} className={linkStyle}>
            {t("assistant.signIn.link")}
          </Link>
        </p>
      );
    case "ownApplication":
      return (
        <>
          <p className="font-semibold">{t("assistant.ownApplication.intro", { service: pick(locale, grounded.service, "name") })}</p>
          <dl className="my-3 grid gap-x-6 gap-y-1 bg-slate-50 p-4 sm:grid-cols-[max-content_1fr]" data-testid="assistant-own-case">
            {grounded.trackingNumber ? (
              <>
                <dt className="text-slate-600">{t("assistant.ownApplication.number")}</dt>
                <dd>{grounded.trackingNumber}</dd>
              </>
            ) : null}
            <dt className="text-slate-600">{t("assistant.ownApplication.status")}</dt>
            <dd className="font-semibold">{t(`application.status.${grounded.status}`)}</dd>
            {grounded.officerNote ? (
              <>
                <dt className="text-slate-600">{t("assistant.ownApplication.note")}</dt>
                <dd>
                  <q>{grounded.officerNote}</q>
                </dd>
              </>
            ) : null}
            {grounded.dueAt ? (
              <>
                <dt className="text-slate-600">{t("assistant.ownApplication.due")}</dt>
                <dd>{formatMoment(grounded.dueAt, locale, grounded.timeZone)}</dd>
              </>
            ) : null}
          </dl>
          <p>
            <Link href={grounded.href} className={linkStyle}>
              {t("assistant.ownApplication.link")}
            </Link>
          </p>
        </>
      );
    case "ownComplaint":
      return (
        <>
          <p className="font-semibold">{t("assistant.ownComplaint.intro", { title: grounded.title, code: grounded.trackingCode })}</p>
          <p className="my-2" data-testid="assistant-own-case">
            {t("assistant.ownApplication.status")}: <strong>{t(`complaint.status.${grounded.status}` as Parameters<Translator>[0])}</strong>
          </p>
          <p>
            <Link href={grounded.href} className={linkStyle}>
              {t("assistant.ownComplaint.link")}
            </Link>
          </p>
        </>
      );
    case "noOwnCase":
      return (
        <p>
          {t("assistant.noOwnCase")}{" "}
          <Link href="/permohonan" className={linkStyle}>
            {t("assistant.noOwnCase.link")}
          </Link>
        </p>
      );
  }
}

function Quoted({ value, locale, ordered }: { value: LocalizedText | LocalizedText[]; locale: Locale; ordered: boolean }) {
  if (!Array.isArray(value)) return <p>{value[locale]}</p>;
  const items = value.map((item, index) => <li key={index}>{item[locale]}</li>);
  return ordered ? <ol className="list-decimal space-y-1 pl-6">{items}</ol> : <ul className="list-disc space-y-1 pl-6">{items}</ul>;
}

function SourceView({ source, section, locale, t }: { source: Source; section: string; locale: Locale; t: Translator }) {
  return (
    <p className="text-sm text-slate-700" data-testid="assistant-source">
      <span className="font-semibold">{t("assistant.sourceLabel")}: </span>
      <Link href={source.sectionHref} className={linkStyle}>
        {t("assistant.sourceSection", { section, service: pick(locale, source.service, "name") })}
      </Link>
      {" · "}
      <Link href={source.decreeHref} className={linkStyle}>
        {t("assistant.sourceDecree", { decree: source.decreeNumber, date: formatCalendarDate(source.effectiveFrom, locale), version: source.versionNumber })}
      </Link>
    </p>
  );
}

function ServiceChoices({ services, question, topic, locale }: { services: NamedService[]; question: string; topic: Intent | null; locale: Locale }) {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="assistant-choices">
      {services.map((service) => (
        <li key={service.slug}>
          <Link href={askHref(question, { service: service.slug, topic })} className={linkStyle}>
            {pick(locale, service, "name")}
          </Link>
        </li>
      ))}
    </ul>
  );
}
