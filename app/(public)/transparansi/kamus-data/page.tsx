import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/layout/page-heading";
import { linkStyle } from "@/components/ui/styles";
import { DATASET_IDS, DATASETS } from "@/lib/dashboard/open-data";
import { localize } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("dictionary.title");

const RULES = ["urls", "days", "suppression", "personal", "percentiles", "ikm", "format", "license"] as const;

/** The data dictionary of the open data (DESIGN.md §8): every dataset, every column, what it means. */
export default async function DataDictionaryPage() {
  const { locale, t } = await getTranslator();
  return (
    <div className="max-w-5xl">
      <PageHeading title={t("dictionary.title")} lead={t("dictionary.lead")} />
      <p>
        <Link href="/transparansi" className={linkStyle}>
          {t("dashboard.title")}
        </Link>
      </p>
      <section aria-labelledby="rules-title" className="mt-8">
        <h2 id="rules-title" className="text-2xl font-semibold">
          {t("dictionary.rules")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {RULES.map((rule) => (
            <li key={rule}>{t(`dictionary.rule.${rule}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="datasets-title" className="mt-8">
        <h2 id="datasets-title" className="text-2xl font-semibold">
          {t("dictionary.datasets")}
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {DATASET_IDS.map((id) => (
            <li key={id}>
              <a href={`#dataset-${id}`} className={linkStyle}>
                {localize(locale, DATASETS[id].title)}
              </a>{" "}
              (<code>{id}</code>)
            </li>
          ))}
        </ul>
        {DATASET_IDS.map((id) => {
          const dataset = DATASETS[id];
          return (
            <section key={id} id={`dataset-${id}`} aria-labelledby={`dataset-${id}-title`} className="mt-8">
              <h3 id={`dataset-${id}-title`} className="text-xl font-semibold">
                {localize(locale, dataset.title)} (<code>{id}</code>)
              </h3>
              <p className="mt-1">{localize(locale, dataset.description)}</p>
              <p className="mt-1 text-sm">
                <a href={`/api/data/${id}.csv`} className={linkStyle}>
                  /api/data/{id}.csv
                </a>
                {" · "}
                <a href={`/api/data/${id}.json`} className={linkStyle}>
                  /api/data/{id}.json
                </a>
              </p>
              <div
                className="mt-3 overflow-x-auto rounded-lg border border-slate-300 bg-white"
                tabIndex={0}
                role="region"
                aria-label={localize(locale, dataset.title)}
              >
                <table className="w-full border-collapse text-sm" data-testid={`dictionary-${id}`}>
                  <caption className="sr-only">{localize(locale, dataset.title)}</caption>
                  <thead className="border-b-2 border-slate-600 bg-slate-100">
                    <tr>
                      <th scope="col" className="px-3 py-2 text-left">
                        {t("dictionary.column")}
                      </th>
                      <th scope="col" className="px-3 py-2 text-left">
                        {t("dictionary.type")}
                      </th>
                      <th scope="col" className="px-3 py-2 text-left">
                        {t("dictionary.meaning")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {dataset.columns.map((column) => (
                      <tr key={column.name} className="border-b border-slate-200">
                        <th scope="row" className="px-3 py-2 text-left font-mono font-normal">
                          {column.name}
                        </th>
                        <td className="px-3 py-2">{t(`dictionary.type.${column.type}`)}</td>
                        <td className="px-3 py-2">{localize(locale, column.description)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          );
        })}
      </section>
    </div>
  );
}
