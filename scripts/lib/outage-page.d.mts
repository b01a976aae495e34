import type { IncomingMessage, ServerResponse } from "node:http";

export const RECENT_OUTAGE_MS: number;
export const RETRY_AFTER_SECONDS: number;

type RequestLike = Pick<IncomingMessage, "method" | "url" | "headers">;
export function isPageRequest(request: RequestLike): boolean;
export function languageOf(request: RequestLike): "id" | "en";
export function outagePageHtml(locale: "id" | "en"): string;

export function withOutagePage(
  render: (request: IncomingMessage, response: ServerResponse) => unknown,
  options?: { lastOutageAt?: () => number | undefined; now?: () => number; recentMs?: number },
): (request: IncomingMessage, response: ServerResponse) => unknown;
