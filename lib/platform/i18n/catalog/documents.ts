import { defineMessages } from "../define";

/** Documents: uploads, their checks and errors. */
export const documents = defineMessages({
  id: {},
  en: {},
});
