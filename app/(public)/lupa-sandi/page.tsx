import { redirect } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { PasswordRecoveryForm } from "@/components/forms/password-recovery-form";
import { CounterPathNote } from "@/components/recovery/counter-path-note";
import { currentActor } from "@/lib/auth/current-actor";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("recovery.requestTitle");

/** "Lupa kata sandi?" from /masuk: ask for a recovery link by email, or read how the counter helps. */
export default async function PasswordRecoveryPage() {
  const [{ locale, t }, actor] = await Promise.all([getTranslator(), currentActor()]);
  // Signed in, the password is changed on the account's security page.
  if (actor.kind === "user") redirect("/akun/keamanan");
  return (
    <div>
      <PageHeading title={t("recovery.requestTitle")} lead={t("recovery.requestLead")} />
      <PasswordRecoveryForm messages={messagesFor(locale, ["auth.", "form.", "validation.", "recovery.requestSubmit"])} />
      <CounterPathNote title={t("recovery.counterTitle")} text={t("recovery.counterText")} />
    </div>
  );
}
