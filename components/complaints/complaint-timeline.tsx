import type { ComplaintStatus, Role } from "@/lib/generated/prisma/enums";
import { formatMoment } from "@/lib/platform/i18n/format";
import { isMessageKey, type Locale, type Translator } from "@/lib/platform/i18n/messages";
import { UserText } from "@/components/ui/user-text";

export type ComplaintTimelineEvent = {
  id: string;
  type: string;
  toStatus: ComplaintStatus | null;
  note?: string | null;
  actorRole?: Role | null;
  internal?: boolean;
  actor?: { name: string } | null;
  createdAt: Date;
};

/** Entries only the filer writes: without a role they are an anonymous filer's, not the system's. */
const FILER_EVENTS = new Set(["filed", "infoAdded", "accepted", "disputed", "rated"]);

/** A complaint's history, oldest first: what happened, by which role, when, and any words that go with it. */
export function ComplaintTimeline({
  events,
  locale,
  t,
  timeZone,
  showActors = true,
}: {
  events: ComplaintTimelineEvent[];
  locale: Locale;
  t: Translator;
  timeZone: string;
  /** The public page says what happened, never who. */
  showActors?: boolean;
}) {
  return (
    <ol className="relative ml-3 border-l-2 border-slate-300" data-testid="complaint-timeline">
      {events.map((event) => {
        const key = `complaint.event.${event.type}`;
        const actorKey = event.actorRole
          ? `complaint.actor.${event.actorRole}`
          : FILER_EVENTS.has(event.type)
            ? "complaint.actor.anonymous"
            : "complaint.actor.system";
        return (
          <li key={event.id} className="mb-6 ml-6">
            <span aria-hidden className="absolute -left-[9px] mt-1.5 h-4 w-4 rounded-full border-2 border-white bg-brand-600" />
            <p className="font-semibold">
              {isMessageKey(key) ? t(key) : t("complaint.event.other")}
              {event.internal ? <span className="ml-2 rounded bg-amber-100 px-2 text-xs uppercase">{t("complaintsBo.internal")}</span> : null}
            </p>
            <p className="text-sm text-slate-600">
              <time dateTime={event.createdAt.toISOString()}>{formatMoment(event.createdAt, locale, timeZone)}</time>
              {showActors && isMessageKey(actorKey) ? ` · ${t(actorKey)}` : null}
              {showActors && event.actor ? ` · ${event.actor.name}` : null}
            </p>
            {event.note ? (
              <p className="mt-1 whitespace-pre-line">
                <UserText>{event.note}</UserText>
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
