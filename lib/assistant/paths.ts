import type { Intent } from "./intent";

export const ASK_PATH = "/tanya";

/** The answer page of a question: a URL anyone can share (the question, and what a choice added). */
export function askHref(question: string, options: { service?: string | null; topic?: Intent | null; history?: readonly string[] } = {}): string {
  const params = new URLSearchParams({ q: question });
  if (options.service) params.set("layanan", options.service);
  if (options.topic) params.set("topik", options.topic);
  for (const earlier of options.history ?? []) params.append("riwayat", earlier);
  return `${ASK_PATH}?${params}`;
}

/** "Ask an officer": the information-request form (a complaint of kind INFORMATION_REQUEST), pre-filled with the question. */
export function handoffHref(question: string, service?: string | null): string {
  const params = new URLSearchParams({ pertanyaan: question });
  if (service) params.set("layanan", service);
  return `/pengaduan/baru?${params}`;
}
