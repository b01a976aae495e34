import { Link } from "@/components/ui/link";
import { buttonSecondary, linkStyle } from "@/components/ui/styles";
import type { Actor } from "@/lib/auth/actor";
import { oidcErrorMessage, oidcStartPath, oidcUnlinkPath } from "@/lib/identity/oidc/paths";
import { citizenProviderLinks } from "@/lib/identity/oidc/queries";
import type { Translator } from "@/lib/platform/i18n/messages";

/**
 * Account › security, for citizens: link the account to a citizen identity provider (both sides proven: this
 * session, then the provider's sign-in), see which are linked and unlink one, and the outcome of the last
 * attempt (`?sso=`).
 */
export async function OidcLinkSection({ actor, sso, t }: { actor: Extract<Actor, { kind: "user" }>; sso: string | string[] | undefined; t: Translator }) {
  if (!actor.roles.includes("CITIZEN")) return null;
  const providers = await citizenProviderLinks(actor.id);
  const error = oidcErrorMessage(sso);
  const done = sso === "tertaut" ? "oidc.link.done" : sso === "diputus" ? "oidc.unlink.done" : null;
  // The outcome shows even when no provider is left to list (the only one, switched off, was just unlinked).
  if (providers.length === 0 && !error && !done) return null;
  return (
    <section aria-labelledby="oidc-link-heading" className="mt-10 max-w-xl">
      <h2 id="oidc-link-heading" className="mb-2 text-2xl font-semibold">
        {t("oidc.link.heading")}
      </h2>
      {done ? (
        <div role="status" className="mb-4 border-l-4 border-brand-600 bg-white p-4 font-semibold text-slate-900">
          {t(done)}
        </div>
      ) : error ? (
        <div role="alert" className="mb-4 border-l-4 border-accent-500 bg-white p-4 font-semibold text-slate-900">
          {t(error)}
        </div>
      ) : null}
      {providers.length > 0 ? (
        <>
          <p className="mb-4">{t("oidc.link.lead")}</p>
          <ul className="space-y-3">
            {providers.map((provider) => (
              <li key={provider.slug}>
                {provider.linked ? (
                  <p>
                    <span className="font-semibold">{t("oidc.link.linked", { provider: provider.name })}</span>{" "}
                    <Link href={oidcUnlinkPath(provider.slug)} className={linkStyle}>
                      {t("oidc.unlink.action")}
                      <span className="sr-only"> {provider.name}</span>
                    </Link>
                    {provider.enabled ? null : <span className="mt-1 block text-slate-700">{t("oidc.link.disabled")}</span>}
                  </p>
                ) : (
                  <a href={oidcStartPath(provider.slug, { link: true, returnTo: "/akun/keamanan" })} className={buttonSecondary}>
                    {t("oidc.link.button", { provider: provider.name })}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
