import { Link } from "@/components/ui/link";
import { labelForPath } from "@/components/applications/field-labels";
import { factList, linkStyle } from "@/components/ui/styles";
import type { FormDefinition } from "@/lib/catalog/form-definition";
import { formatCalendarDate, pick } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import type { CaseWalletDocument, WalletSource } from "@/lib/outputs/wallet-sources";

const STATE_KEY = {
  valid: "wallet.reuse.caseValid",
  revoked: "wallet.reuse.caseRevoked",
  expired: "wallet.reuse.caseExpired",
  unknown: "wallet.reuse.caseUnknown",
  accepted: "wallet.reuse.caseAccepted",
} as const;

/**
 * The officer's view of what an application took from the applicant's wallet
 * (issue 22 items 6 and 7): each requirement met by an issued or accepted
 * document, with its issuer, date and the signature checked when the page was
 * drawn; and each field filled from a wallet document with consent.
 */
export function CaseWalletSources({
  sources,
  definition,
  locale,
  t,
}: {
  sources: { documents: CaseWalletDocument[]; filledFrom: Record<string, WalletSource> };
  definition: FormDefinition;
  locale: Locale;
  t: Translator;
}) {
  const filled = Object.entries(sources.filledFrom);
  if (sources.documents.length === 0 && filled.length === 0) return null;
  const label = (key: string) => labelForPath(definition, key, locale) ?? key;
  const params = (source: WalletSource) => ({ agency: pick(locale, source.agency, "name"), date: formatCalendarDate(source.issuedAt, locale) });
  return (
    <section aria-labelledby="wallet-sources-title" className="mt-8" data-testid="wallet-sources">
      <h2 id="wallet-sources-title" className="mb-2 text-2xl font-semibold">
        {t("wallet.reuse.caseTitle")}
      </h2>
      <p className="mb-2 text-slate-700">{t("wallet.reuse.caseLead")}</p>
      {sources.documents.length > 0 ? (
        <dl className={factList}>
          {sources.documents.map((document) => (
            <div key={document.fieldKey} className="contents">
              <dt className="text-slate-600">{label(document.fieldKey)}</dt>
              <dd data-testid={`wallet-source-${document.fieldKey}`} data-state={document.state}>
                <span className="font-semibold">{pick(locale, document.service, "name")}</span>: {t(STATE_KEY[document.state], params(document))}
                {document.verificationCode ? (
                  <>
                    {" "}
                    <Link href={`/verifikasi/${document.verificationCode}`} className={linkStyle}>
                      {document.verificationCode}
                    </Link>
                  </>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {filled.length > 0 ? (
        <>
          <h3 className="mt-4 mb-2 text-xl font-semibold">{t("wallet.reuse.caseFacts")}</h3>
          <dl className={factList}>
            {filled.map(([key, source]) => (
              <div key={key} className="contents">
                <dt className="text-slate-600">{label(key)}</dt>
                <dd data-testid={`wallet-fact-${key}`}>{t("wallet.reuse.filledFrom", { service: pick(locale, source.service, "name"), ...params(source) })}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </section>
  );
}
