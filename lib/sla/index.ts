/**
 * SLA engine (DESIGN.md §4): working-day clocks as pure functions of stored
 * timestamps. Every rule takes `now` (or the instants it needs) as an
 * argument; nothing here reads the system clock or keeps state that could
 * change a result.
 */
export {
  buildWorkCalendar,
  isWorkingDay,
  localDateOf,
  localDateTimeOf,
  localInstant,
  officeClosesAt,
  officeDayMs,
  officeOpensAt,
  parseOfficeTime,
  type AgencyWorkingHours,
  type BuildWorkCalendarOptions,
  type HolidayRecord,
  type WorkCalendar,
} from "@/lib/sla/calendar";
export { addWorkingMs, clockStart, computeDueAt, dueMoment, workingMsBetween, type DueAtInput, type PauseInterval } from "@/lib/sla/clock";
export { createSlaEvaluator, type SlaEvaluator } from "@/lib/sla/evaluator";
export {
  HOLIDAY_CSV_HEADER,
  HOLIDAY_CSV_MAX_ROWS,
  parseHolidayCsv,
  type HolidayCsvError,
  type HolidayCsvOptions,
  type HolidayCsvResult,
  type HolidayCsvRow,
} from "@/lib/sla/holiday-csv";
export { HOLIDAY_KINDS, holidayDateValue, holidayInputSchema, type HolidayInput, type HolidayKind } from "@/lib/sla/holiday-input";
export { isValidLocalDate, type LocalDate } from "@/lib/sla/local-time";
export {
  remainingWholeWorkingDays,
  remainingWorkingDays,
  roundUpWorkingDays,
  SLA_STATUSES,
  slaStatus,
  type RemainingInput,
  type SlaStatus,
  type SlaStatusInput,
} from "@/lib/sla/status";
