import "server-only";
import type { Metadata } from "next";
import type { MessageKey } from "./messages";
import { getTranslator } from "./server";

/** `export const generateMetadata = pageTitle("catalog.title")`: a translated page title. */
export function pageTitle(key: MessageKey) {
  return async (): Promise<Metadata> => {
    const { t } = await getTranslator();
    return { title: t(key) };
  };
}
