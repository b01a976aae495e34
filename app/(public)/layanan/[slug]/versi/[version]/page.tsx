import { notFound } from "next/navigation";
import { ServiceStandardPage } from "@/components/catalog/service-standard-page";
import { currentActor } from "@/lib/auth/current-actor";
import { getPublishedService } from "@/lib/catalog/queries";
import { pick } from "@/lib/platform/i18n/format";
import { getTranslator } from "@/lib/platform/i18n/server";

type Props = {
  params: Promise<{ slug: string; version: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const versionNumber = (raw: string) => (/^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null);

export async function generateMetadata({ params }: Props) {
  const [{ slug, version }, { locale, t }] = await Promise.all([params, getTranslator()]);
  const number = versionNumber(version);
  const service = number ? await getPublishedService(slug, number) : null;
  return service ? { title: `${pick(locale, service, "name")} · ${t("service.versionLabel", { version: number! })}` } : {};
}

/** An earlier (or the current) version of a service's standard, kept public. */
export default async function ServiceVersionPage({ params, searchParams }: Props) {
  const [{ slug, version }, query, { locale, t }, actor] = await Promise.all([params, searchParams, getTranslator(), currentActor()]);
  const number = versionNumber(version);
  const service = number ? await getPublishedService(slug, number) : null;
  if (!service) notFound();
  const part = query.bagian === "pengelolaan" ? "management" : "delivery";
  return <ServiceStandardPage service={service} actor={actor} drafts={[]} part={part} locale={locale} t={t} />;
}
