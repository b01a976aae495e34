import { defineMessages } from "../define";

/** Holiday calendar administration. */
export const holidays = defineMessages({
  id: {},
  en: {},
});
