import type { MessageKey, Translator } from "@/lib/platform/i18n/messages";
import { oidcStartPath } from "@/lib/identity/oidc/paths";
import { buttonSecondary } from "@/components/ui/styles";

/**
 * "Masuk dengan <provider>" under the password form: one link per enabled OpenID Connect provider, and the
 * message of a refused provider sign-in (`?sso=<reason>`). Plain links: they work without JavaScript.
 */
export function OidcSignInOptions({
  providers,
  error,
  callbackUrl,
  t,
}: {
  providers: { slug: string; name: string; audience: "STAFF" | "CITIZENS" }[];
  error: MessageKey | undefined;
  callbackUrl: string;
  t: Translator;
}) {
  if (providers.length === 0 && !error) return null;
  return (
    <section aria-labelledby="oidc-heading" className="mt-8 max-w-md">
      {error ? (
        <div role="alert" className="mb-4 border-l-4 border-accent-500 bg-white p-4 font-semibold text-slate-900">
          {t(error)}
        </div>
      ) : null}
      {providers.length > 0 ? (
        <>
          <h2 id="oidc-heading" className="mb-3 text-xl font-semibold">
            {t("oidc.signIn.heading")}
          </h2>
          <ul className="space-y-3">
            {providers.map((provider) => (
              <li key={provider.slug}>
                <a href={oidcStartPath(provider.slug, { returnTo: callbackUrl })} className={buttonSecondary}>
                  {t("oidc.signIn.with", { provider: provider.name })}
                </a>
                {provider.audience === "STAFF" ? <p className="mt-1 text-sm text-slate-700">{t("oidc.signIn.staffHint")}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
