import { redirect } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { RegisterForm } from "@/components/forms/register-form";
import { currentActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/policy";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("auth.registerTitle");

export default async function RegisterPage() {
  const [{ locale, t }, actor] = await Promise.all([getTranslator(), currentActor()]);
  if (!can(actor, "account.register")) redirect("/akun");
  return (
    <div>
      <PageHeading title={t("auth.registerTitle")} lead={t("auth.registerLead")} />
      <RegisterForm messages={messagesFor(locale, ["auth.", "form.", "validation.", "legal.consentLink"])} />
    </div>
  );
}
