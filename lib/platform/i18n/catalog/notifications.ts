import { defineMessages } from "../define";

/** Notifications: the in-app centre and email texts. */
export const notifications = defineMessages({
  id: {},
  en: {},
});
