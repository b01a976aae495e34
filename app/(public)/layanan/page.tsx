import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/layout/page-heading";
import { SearchForm } from "@/components/catalog/search-form";
import { ServiceList } from "@/components/catalog/service-card";
import { SelectField } from "@/components/forms/fields";
import { buttonSecondary, linkStyle } from "@/components/ui/styles";
import { findServices, listAgencies, listCategories } from "@/lib/catalog/queries";
import { pick } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const single = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 200) : undefined);

export const generateMetadata = pageTitle("catalog.title");

export default async function CatalogPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const filters = { q: single(params.q), category: single(params.kategori), agency: single(params.instansi) };
  const [{ locale, t }, categories, agencies, services] = await Promise.all([getTranslator(), listCategories(), listAgencies(), findServices(filters)]);
  const query = filters.q?.trim();
  const filtered = !!(query || filters.category || filters.agency);
  return (
    <div>
      <PageHeading title={t("catalog.title")} />
      <div className="mb-8 rounded-lg border border-slate-300 bg-white p-4">
        <SearchForm t={t} defaultValue={query}>
          <div className="mt-4 grid gap-4 sm:grid-cols-2">
            <SelectField
              name="kategori"
              label={t("catalog.filterCategory")}
              defaultValue={filters.category ?? ""}
              options={[
                { value: "", label: t("catalog.allCategories") },
                ...categories.map((category) => ({ value: category.slug, label: pick(locale, category, "name") })),
              ]}
            />
            <SelectField
              name="instansi"
              label={t("catalog.filterAgency")}
              defaultValue={filters.agency ?? ""}
              options={[
                { value: "", label: t("catalog.allAgencies") },
                ...agencies.map((agency) => ({ value: agency.slug, label: pick(locale, agency, "name") })),
              ]}
            />
          </div>
          <div className="flex gap-4">
            <button type="submit" className={buttonSecondary}>
              {t("catalog.applyFilters")}
            </button>
            {filtered ? (
              <Link href="/layanan" className={`${linkStyle} self-center`}>
                {t("catalog.clearFilters")}
              </Link>
            ) : null}
          </div>
        </SearchForm>
      </div>
      <h2 className="mb-4 text-xl font-semibold" aria-live="polite">
        {query ? t("catalog.resultsFor", { count: services.length, query }) : t("catalog.resultsCount", { count: services.length })}
      </h2>
      {services.length ? <ServiceList services={services} locale={locale} t={t} /> : <p className="text-lg">{t("catalog.noResults")}</p>}
    </div>
  );
}
