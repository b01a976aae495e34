import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * Every link between the portal's own pages: Next.js's client-side navigation,
 * without prefetching (issue 23). Every page here is rendered per request (the
 * CSP nonce) and none has a loading boundary, so a prefetch brings back only
 * the route tree (~300 bytes) and speeds nothing up, yet each costs the server
 * a request. Measured in Chromium, a citizen's /akun sent ten of them per view
 * and cost the server twice its own render. eslint.config.mjs keeps next/link
 * out of everything else, so no page can bring prefetching back by omission.
 */
export function Link(props: Omit<ComponentProps<typeof NextLink>, "prefetch">) {
  return <NextLink {...props} prefetch={false} />;
}
