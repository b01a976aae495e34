import { defineMessages } from "../define";

/** SLA: due dates, remaining working days, status badges, breach notices. */
export const sla = defineMessages({
  id: {},
  en: {},
});
