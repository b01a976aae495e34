import { MessagePage } from "@/components/layout/message-page";
import { getTranslator } from "@/lib/platform/i18n/server";

/**
 * Sign-in is asked for by redirecting to /masuk, so nothing calls unauthorized()
 * today; with authInterrupts on, Next.js would otherwise ship its own English
 * 401 page inside every page's payload.
 */
export default async function Unauthorized() {
  const { t } = await getTranslator();
  return <MessagePage title={t("error.unauthenticatedTitle")} message={t("error.unauthenticated")} homeLabel={t("error.backHome")} />;
}
