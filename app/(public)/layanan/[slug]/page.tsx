import { notFound } from "next/navigation";
import { ServiceStandardPage } from "@/components/catalog/service-standard-page";
import { listOwnDrafts } from "@/lib/applications/queries";
import { currentActor } from "@/lib/auth/current-actor";
import { getPublishedService } from "@/lib/catalog/queries";
import { pick } from "@/lib/platform/i18n/format";
import { getTranslator } from "@/lib/platform/i18n/server";
import { Link } from "@/components/ui/link";
import { linkStyle } from "@/components/ui/styles";
import { isVisitOffered } from "@/lib/visits/queries";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const [{ slug }, { locale }] = await Promise.all([params, getTranslator()]);
  const service = await getPublishedService(slug);
  return service ? { title: pick(locale, service, "name"), description: pick(locale, service, "summary") } : {};
}

export default async function ServicePage({ params, searchParams }: Props) {
  const [{ slug }, query, { locale, t }, actor] = await Promise.all([params, searchParams, getTranslator(), currentActor()]);
  const service = await getPublishedService(slug);
  if (!service) notFound();
  const [drafts, visitOffered] = await Promise.all([listOwnDrafts(actor, slug), isVisitOffered(slug)]);
  // Tabs are links, so both parts of the standard are reachable without JavaScript.
  const part = query.bagian === "pengelolaan" ? "management" : "delivery";
  return (
    <>
      <ServiceStandardPage service={service} actor={actor} drafts={drafts} part={part} locale={locale} t={t} />
      {visitOffered ? (
        <p className="mt-8">
          <Link href={`/kunjungan?layanan=${slug}`} className={linkStyle}>
            {t("visit.title")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
