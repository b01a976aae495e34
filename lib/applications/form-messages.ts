import { FORM_MESSAGE_KEYS } from "@/lib/catalog/form-fields";

/**
 * The messages the citizen's application form can show, named one by one:
 * its own labels, every validation message, and what saving or uploading can
 * answer with. The page hands exactly these to the client form (plus the
 * general `error.*` messages every form gets) rather than all of `application.*`,
 * which is mostly for other pages (issue 10, page weight). A unit test reads the
 * form's sources and fails when a key they use is missing here.
 */
export const APPLICATION_FORM_MESSAGES = [
  ...FORM_MESSAGE_KEYS,
  "form.errorSummaryTitle",
  "application.addItem",
  "application.autosaveFailed",
  "application.autosaved",
  "application.autosaving",
  "application.choose",
  "application.documentOptional",
  "application.itemNumber",
  "application.prefilledHint",
  "application.removeItem",
  "application.saveAndContinue",
  "application.saveForLater",
  "application.answersTooLarge",
  "application.notEditable",
  "application.documentMissing",
  "application.notReady",
  "upload.",
  "wallet.reuse.",
] as const;
