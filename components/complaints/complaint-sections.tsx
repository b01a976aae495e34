import type { ComponentProps, ReactNode } from "react";
import { FileList } from "@/components/documents/file-list";
import { UserText } from "@/components/ui/user-text";
import { isMessageKey, type Locale, type Translator } from "@/lib/platform/i18n/messages";
import { ComplaintFacts } from "./complaint-facts";
import { ComplaintTimeline } from "./complaint-timeline";

/*
 * The sections every page about one complaint shows alike: the public page,
 * the filer's page and the back office. Each keeps its heading id, so the
 * pages' regions keep their names.
 */

/** A headed section of what someone wrote: the complaint itself, the agency's response. */
export function ComplaintTextSection({
  id,
  heading,
  text,
  testId,
  children,
}: {
  id: string;
  heading: string;
  text: string;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-2 text-2xl font-semibold">
        {heading}
      </h2>
      <p className="whitespace-pre-line rounded-md bg-white p-4" data-testid={testId}>
        <UserText>{text}</UserText>
      </p>
      {children}
    </section>
  );
}

/** The facts list under a heading only screen readers need (the page's h1 already names the complaint). */
export function ComplaintFactsSection({ heading, children, ...facts }: ComponentProps<typeof ComplaintFacts> & { heading: string; children?: ReactNode }) {
  return (
    <section aria-labelledby="facts-title" className="mt-8">
      <h2 id="facts-title" className="sr-only">
        {heading}
      </h2>
      <ComplaintFacts {...facts} />
      {children}
    </section>
  );
}

/** The history section; staff add their note form below it. */
export function ComplaintTimelineSection({ children, ...timeline }: ComponentProps<typeof ComplaintTimeline> & { children?: ReactNode }) {
  return (
    <section aria-labelledby="timeline-title" className="mt-8">
      <h2 id="timeline-title" className="mb-4 text-2xl font-semibold">
        {timeline.t("complaint.view.timeline")}
      </h2>
      <ComplaintTimeline {...timeline} />
      {children}
    </section>
  );
}

/** The complaint's attachments, if any, served by the one route that checks who may see them. */
export function ComplaintAttachments({
  documents,
  locale,
  t,
  inline,
}: {
  documents: ComponentProps<typeof FileList>["files"];
  locale: Locale;
  t: Translator;
  inline?: boolean;
}) {
  if (!documents.length) return null;
  return (
    <FileList
      headingId="attachments-title"
      title={t("complaint.view.attachments")}
      files={documents}
      href={(id) => `/pengaduan/berkas/${id}`}
      linkLabel={(name) => t("complaint.view.download", { name })}
      inline={inline}
      locale={locale}
    />
  );
}

/** Why the complaint was rejected: the coded reason in words, and the officer's explanation if any. */
export function ComplaintRejectionNotice({
  complaint,
  t,
  spacing,
}: {
  complaint: { rejectionCode: string | null; rejectionReason: string | null };
  t: Translator;
  spacing: "mt-4" | "mt-6";
}) {
  const rejectionKey = `complaint.rejection.${complaint.rejectionCode}`;
  return (
    <p className={`${spacing} border-l-8 border-red-600 bg-white p-4`}>
      {t("complaint.view.rejected", { reason: isMessageKey(rejectionKey) ? t(rejectionKey) : "" })}
      {complaint.rejectionReason ? (
        <span className="mt-2 block whitespace-pre-line">
          <UserText>{complaint.rejectionReason}</UserText>
        </span>
      ) : null}
    </p>
  );
}
