import { MessagePage } from "@/components/layout/message-page";
import { getTranslator } from "@/lib/platform/i18n/server";

export default async function Forbidden() {
  const { t } = await getTranslator();
  return <MessagePage title={t("error.forbiddenTitle")} message={t("error.forbidden")} homeLabel={t("error.backHome")} />;
}
