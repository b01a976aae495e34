import type { ReactNode } from "react";
import { UserText } from "@/components/ui/user-text";
import { formatMoment } from "@/lib/platform/i18n/format";
import type { Locale } from "@/lib/platform/i18n/messages";

/** One entry of a case's history (an application's or a complaint's): what happened, when, by whom, and its note. */
export function TimelineEntry(props: {
  title: string;
  /** Shown beside the title for an entry the citizen never sees. */
  internalLabel: string | null;
  at: Date;
  locale: Locale;
  timeZone: string;
  /** " · role · name", or nothing where actors are not shown. */
  byline: string;
  note?: string | null;
  children?: ReactNode;
}) {
  return (
    <li className="mb-6 ml-6">
      <span aria-hidden className="absolute -left-[9px] mt-1.5 h-4 w-4 rounded-full border-2 border-white bg-brand-600" />
      <p className="font-semibold">
        {props.title}
        {props.internalLabel ? <span className="ml-2 rounded bg-amber-100 px-2 text-xs uppercase">{props.internalLabel}</span> : null}
      </p>
      <p className="text-sm text-slate-600">
        <time dateTime={props.at.toISOString()}>{formatMoment(props.at, props.locale, props.timeZone)}</time>
        {props.byline}
      </p>
      {props.children}
      {props.note ? (
        <p className="mt-1 whitespace-pre-line">
          <UserText>{props.note}</UserText>
        </p>
      ) : null}
    </li>
  );
}
