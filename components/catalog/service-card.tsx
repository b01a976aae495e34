import { Link } from "@/components/ui/link";
import type { ServiceCard as ServiceCardData } from "@/lib/catalog/queries";
import { formatRupiah, pick } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";

export function ServiceCard({ service, locale, t }: { service: ServiceCardData; locale: Locale; t: Translator }) {
  const version = service.currentVersion;
  return (
    <li className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <h3 className="text-lg font-semibold">
        <Link href={`/layanan/${service.slug}`} className="text-brand-700 underline-offset-2 hover:underline">
          {pick(locale, service, "name")}
        </Link>
      </h3>
      <p className="text-sm text-slate-600">{pick(locale, service.agency, "name")}</p>
      <p className="mt-2 text-slate-800">{pick(locale, service, "summary")}</p>
      {version ? (
        <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div className="flex gap-1">
            <dt className="text-slate-600">{t("service.timeLimit")}:</dt>
            <dd className="font-semibold">{t("service.workingDays", { count: version.slaWorkingDays })}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="text-slate-600">{t("service.fee")}:</dt>
            <dd className="font-semibold">{version.feeAmount === 0 ? t("service.free") : formatRupiah(version.feeAmount, locale)}</dd>
          </div>
        </dl>
      ) : null}
    </li>
  );
}

export function ServiceList({ services, locale, t }: { services: ServiceCardData[]; locale: Locale; t: Translator }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {services.map((service) => (
        <ServiceCard key={service.id} service={service} locale={locale} t={t} />
      ))}
    </ul>
  );
}
