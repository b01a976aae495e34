import type { ComplaintStatus, Role } from "@/lib/generated/prisma/enums";
import { isMessageKey, type Locale, type Translator } from "@/lib/platform/i18n/messages";
import { TimelineEntry } from "@/components/ui/timeline-entry";

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
          <TimelineEntry
            key={event.id}
            title={isMessageKey(key) ? t(key) : t("complaint.event.other")}
            internalLabel={event.internal ? t("complaintsBo.internal") : null}
            at={event.createdAt}
            locale={locale}
            timeZone={timeZone}
            byline={showActors ? `${isMessageKey(actorKey) ? ` · ${t(actorKey)}` : ""}${event.actor ? ` · ${event.actor.name}` : ""}` : ""}
            note={event.note}
          />
        );
      })}
    </ol>
  );
}
