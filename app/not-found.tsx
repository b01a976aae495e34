import { MessagePage } from "@/components/layout/message-page";
import { getTranslator } from "@/lib/platform/i18n/server";

export default async function NotFound() {
  const { t } = await getTranslator();
  return <MessagePage title={t("error.notFoundTitle")} message={t("error.notFound")} homeLabel={t("error.backHome")} />;
}
