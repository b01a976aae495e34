import NextForm from "next/form";
import type { ComponentProps } from "react";

/**
 * A GET form to one of the portal's pages: Next.js's in-place navigation with
 * JavaScript, a plain form without, and never a prefetch of its target, for the
 * reason links have none (components/ui/link.tsx). next/form prefetches the
 * target as soon as the form is in view: the home page's ask box cost the
 * server a render of /tanya on every visit.
 */
export function GetForm(props: Omit<ComponentProps<typeof NextForm>, "prefetch" | "action"> & { action: string }) {
  return <NextForm {...props} prefetch={false} />;
}
