import { z } from "zod";

const TIME = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "visit.hours.timeFormat");
const optionalTime = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .pipe(TIME.optional());

/**
 * The admin's "add a location" form: the place, its hours (the same on every
 * chosen weekday, one optional break), one service with its slot length,
 * capacity and ticket letter, and the counters serving it (labels, staffed
 * by the service's agency). More services are added the same way to an existing slug.
 */
export const visitLocationInputSchema = z
  .object({
    slug: z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "visit.admin.slugFormat")
      .max(60),
    nameId: z.string().trim().min(1, "form.required").max(150),
    nameEn: z.string().trim().min(1, "form.required").max(150),
    address: z.string().trim().min(1, "form.required").max(300),
    timezone: z.enum(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]),
    weekdays: z.array(z.enum(["0", "1", "2", "3", "4", "5", "6"])).min(1, "visit.admin.weekdaysRequired"),
    opens: TIME,
    closes: TIME,
    breakFrom: optionalTime,
    breakTo: optionalTime,
    walkInSharePercent: z.coerce.number().int("visit.admin.percent").min(0, "visit.admin.percent").max(100, "visit.admin.percent"),
    serviceSlug: z.string().trim().min(1, "form.required"),
    slotMinutes: z.coerce.number().int("visit.admin.slotMinutes").min(5, "visit.admin.slotMinutes").max(240, "visit.admin.slotMinutes"),
    capacityPerSlot: z.coerce.number().int("visit.admin.capacity").min(1, "visit.admin.capacity").max(100, "visit.admin.capacity"),
    ticketLetter: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]$/, "visit.admin.letter"),
    counterLabels: z
      .string()
      .transform((text) =>
        text
          .split(",")
          .map((label) => label.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().max(40)).min(1, "visit.admin.countersRequired")),
  })
  .superRefine((input, context) => {
    if (input.closes <= input.opens) context.addIssue({ code: "custom", path: ["closes"], message: "visit.hours.closesBeforeOpens" });
    if (!!input.breakFrom !== !!input.breakTo) context.addIssue({ code: "custom", path: ["breakTo"], message: "visit.hours.breakOutside" });
    if (input.breakFrom && input.breakTo && !(input.opens <= input.breakFrom && input.breakFrom < input.breakTo && input.breakTo <= input.closes)) {
      context.addIssue({ code: "custom", path: ["breakTo"], message: "visit.hours.breakOutside" });
    }
  });

export type VisitLocationInput = z.input<typeof visitLocationInputSchema>;

const slotMinutes = z.coerce.number().int("visit.admin.slotMinutes").min(5, "visit.admin.slotMinutes").max(240, "visit.admin.slotMinutes");
const capacityPerSlot = z.coerce.number().int("visit.admin.capacity").min(1, "visit.admin.capacity").max(100, "visit.admin.capacity");
const ticketLetter = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]$/, "visit.admin.letter");

/** Editing one service of a location: its slot length, capacity and ticket letter. */
export const editVisitServiceSchema = z.object({
  locationSlug: z.string().trim().min(1, "form.required").max(60),
  serviceSlug: z.string().trim().min(1, "form.required").max(120),
  slotMinutes,
  capacityPerSlot,
  ticketLetter,
});
export type EditVisitServiceInput = z.input<typeof editVisitServiceSchema>;

/** Editing one counter: its label and the services it serves (of those offered at its location). */
export const editVisitCounterSchema = z.object({
  counterId: z.string().trim().min(1).max(64),
  label: z.string().trim().min(1, "form.required").max(40),
  serviceSlugs: z.array(z.string().trim().min(1).max(120)).min(1, "visit.admin.counterServicesRequired"),
});
export type EditVisitCounterInput = z.input<typeof editVisitCounterSchema>;
