import { z } from "zod";
import { isValidLocalDate } from "@/lib/sla/local-time";

/**
 * "The holiday calendar gained days": a job the holiday use cases enqueue in
 * their own transaction, so it exists iff the change committed. Running
 * deadlines that span one of these days are extended by its handler
 * (lib/applications/use-cases/extend-due-dates.ts). The queue name lives here
 * so that the calendar does not depend on the applications domain.
 *
 * Removals never enqueue it: a removed holiday never shortens a running
 * deadline (DESIGN.md §4), so there is nothing to recompute.
 */
export const HOLIDAYS_ADDED_QUEUE = "sla.holidaysAdded";

export const holidaysAddedPayloadSchema = z.object({
  holidays: z
    .array(
      z.object({
        date: z.string().refine(isValidLocalDate),
        regionCode: z.string().nullable(),
      }),
    )
    .min(1),
});

export type HolidaysAddedPayload = z.output<typeof holidaysAddedPayloadSchema>;
