import type { ApplicationStatus, Role } from "@/lib/generated/prisma/enums";
import { formatMoment } from "@/lib/platform/i18n/format";
import { isMessageKey, type Locale, type Translator } from "@/lib/platform/i18n/messages";
import { TimelineEntry } from "@/components/ui/timeline-entry";

export type TimelineEvent = {
  id: string;
  type: string;
  toStatus: ApplicationStatus | null;
  note?: string | null;
  actorRole?: Role | null;
  /** Back office only: notes colleagues wrote for each other. */
  internal?: boolean;
  actor?: { name: string } | null;
  /** What the entry records beyond its type; only a moved deadline's new date is shown from it. */
  data?: unknown;
  createdAt: Date;
};

function movedDeadline(event: TimelineEvent): Date | null {
  if (event.type !== "dueDateExtended" || !event.data || typeof event.data !== "object") return null;
  const dueAt = "dueAt" in event.data && typeof event.data.dueAt === "string" ? new Date(event.data.dueAt) : null;
  return dueAt && !Number.isNaN(dueAt.getTime()) ? dueAt : null;
}

/** The application's history, oldest first: what happened, who did it, when. */
export function Timeline({ events, locale, t, timeZone }: { events: TimelineEvent[]; locale: Locale; t: Translator; timeZone: string }) {
  return (
    <ol className="relative ml-3 border-l-2 border-slate-300" data-testid="timeline">
      {events.map((event) => {
        const key = `application.event.${event.type}`;
        const actorKey = event.actorRole ? `application.actor.${event.actorRole}` : "application.actor.system";
        const newDeadline = movedDeadline(event);
        return (
          <TimelineEntry
            key={event.id}
            title={isMessageKey(key) ? t(key) : t("application.event.other")}
            internalLabel={event.internal ? t("backOffice.internal") : null}
            at={event.createdAt}
            locale={locale}
            timeZone={timeZone}
            byline={`${isMessageKey(actorKey) ? ` · ${t(actorKey)}` : ""}${event.actor ? ` · ${event.actor.name}` : ""}`}
            note={event.note}
          >
            {newDeadline ? <p className="mt-1">{t("application.event.dueDateExtendedTo", { dueDate: formatMoment(newDeadline, locale, timeZone) })}</p> : null}
          </TimelineEntry>
        );
      })}
    </ol>
  );
}
