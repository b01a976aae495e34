import { defineMessages } from "../define";
import messages from "./error-pages.json";

/**
 * What the error boundaries (app/error.tsx, app/global-error.tsx) say. Kept
 * apart from core because those boundaries load on every page: a client
 * component imports this file alone, not a whole catalog (issue 10, page weight).
 * The text lives in JSON so that the web server's own outage page
 * (scripts/lib/outage-page.mjs, plain Node.js) reads the same words.
 */
export const errorPages = defineMessages({
  // Key by key: these are core's `error.` messages that the boundaries need.
  prefixes: ["error.unexpected", "error.serviceUnavailable", "error.tryAgain"],
  ...messages,
});
