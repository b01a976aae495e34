import { defineMessages } from "../define";

/** Applications: the form, drafts, readiness check, submission, my applications, tracking. */
export const applications = defineMessages({
  id: {},
  en: {},
});
