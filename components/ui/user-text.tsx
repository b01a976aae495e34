import type { ReactNode } from "react";

/**
 * Text that a person wrote on the portal (a complaint, a note, an answer, a
 * survey comment): it stays in the language it was written in, Bahasa
 * Indonesia, also inside an English page, so it is marked lang="id" and a
 * screen reader pronounces it as Indonesian (WCAG 3.1.2).
 */
export function UserText({ children }: { children: ReactNode }) {
  return <span lang="id">{children}</span>;
}
