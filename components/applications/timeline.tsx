import type { ApplicationStatus, Role } from "@/lib/generated/prisma/enums";
import { formatMoment } from "@/lib/platform/i18n/format";
import { isMessageKey, type Locale, type Translator } from "@/lib/platform/i18n/messages";
import { UserText } from "@/components/ui/user-text";

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
          <li key={event.id} className="mb-6 ml-6">
            <span aria-hidden className="absolute -left-[9px] mt-1.5 h-4 w-4 rounded-full border-2 border-white bg-brand-600" />
            <p className="font-semibold">
              {isMessageKey(key) ? t(key) : t("application.event.other")}
              {event.internal ? <span className="ml-2 rounded bg-amber-100 px-2 text-xs uppercase">{t("backOffice.internal")}</span> : null}
            </p>
            <p className="text-sm text-slate-600">
              <time dateTime={event.createdAt.toISOString()}>{formatMoment(event.createdAt, locale, timeZone)}</time>
              {isMessageKey(actorKey) ? ` · ${t(actorKey)}` : null}
              {event.actor ? ` · ${event.actor.name}` : null}
            </p>
            {newDeadline ? <p className="mt-1">{t("application.event.dueDateExtendedTo", { dueDate: formatMoment(newDeadline, locale, timeZone) })}</p> : null}
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
