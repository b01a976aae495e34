import { Link } from "@/components/ui/link";
import { AskBox } from "@/components/assistant/ask-box";
import { SearchForm } from "@/components/catalog/search-form";
import { ServiceList } from "@/components/catalog/service-card";
import { linkStyle } from "@/components/ui/styles";
import { findServices, listAgencies, listCategories } from "@/lib/catalog/queries";
import { pick } from "@/lib/platform/i18n/format";
import { getTranslator } from "@/lib/platform/i18n/server";

const POPULAR = ["ktp-el-baru", "kartu-keluarga", "akta-kelahiran", "skck", "nib-oss-rba", "persetujuan-bangunan-gedung"];

export default async function HomePage() {
  const [{ locale, t }, categories, agencies, services] = await Promise.all([getTranslator(), listCategories(), listAgencies(), findServices({})]);
  const popular = services.filter((service) => POPULAR.includes(service.slug));
  return (
    <div className="space-y-12">
      <section className="mt-8 rounded-xl bg-brand-50 p-8">
        <h1 className="text-4xl font-bold text-slate-900">{t("home.title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("home.lead")}</p>
        <div className="mt-6 max-w-2xl">
          <SearchForm t={t} />
        </div>
        <div className="mt-6 max-w-2xl">
          <AskBox t={t} />
        </div>
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="mb-4 text-2xl font-bold">
          {t("home.categories")}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {categories.map((category) => (
            <li key={category.id}>
              <Link href={`/layanan?kategori=${category.slug}`} className="block rounded-lg border border-slate-300 bg-white p-4 hover:border-brand-600">
                <span className="block font-semibold text-brand-700">{pick(locale, category, "name")}</span>
                <span className="text-sm text-slate-600">{t("home.serviceCount", { count: category._count.services })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      {popular.length ? (
        <section aria-labelledby="popular-heading">
          <h2 id="popular-heading" className="mb-4 text-2xl font-bold">
            {t("home.popular")}
          </h2>
          <ServiceList services={popular} locale={locale} t={t} />
        </section>
      ) : null}

      <section aria-labelledby="agencies-heading">
        <h2 id="agencies-heading" className="mb-4 text-2xl font-bold">
          {t("home.agencies")}
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {agencies.map((agency) => (
            <li key={agency.id}>
              <Link href={`/layanan?instansi=${agency.slug}`} className={linkStyle}>
                {pick(locale, agency, "name")}
              </Link>{" "}
              <span className="text-sm text-slate-600">({t("home.serviceCount", { count: agency._count.services })})</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
