import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { ProfileForm } from "@/components/account/profile-form";
import { PageHeading } from "@/components/layout/page-heading";
import { linkStyle } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/policy";
import { updateProfileAction } from "@/lib/identity/profile-actions";
import { getOwnContactProfile } from "@/lib/identity/profile-queries";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";

export const generateMetadata = pageTitle("profile.editTitle");
export const dynamic = "force-dynamic";

/** Change one's contact details; the identity (NIK, birth date, sex) stays as registered. */
export default async function EditProfilePage() {
  const [{ locale, t }, actor] = await Promise.all([getTranslator(), requireUser("/akun/profil")]);
  if (!can(actor, "profile.update", { ownerId: actor.id })) redirect("/akun");
  const profile = await getOwnContactProfile(actor);
  if (!profile) redirect("/akun");
  const text = (value: string | null) => value ?? "";
  return (
    <div>
      <p className="mt-8 text-sm text-slate-600">
        <Link href="/akun" className={linkStyle}>
          {t("account.title")}
        </Link>
      </p>
      <PageHeading title={t("profile.editTitle")} lead={t("profile.editLead")} />
      <ProfileForm
        action={updateProfileAction}
        messages={messagesFor(locale, ["form.", "profile."])}
        current={{
          phone: text(profile.phone),
          kkNumberMasked: profile.kkNumberMasked,
          birthPlace: text(profile.birthPlace),
          addressLine: text(profile.addressLine),
          village: text(profile.village),
          district: text(profile.district),
          regency: text(profile.regency),
          province: text(profile.province),
          postalCode: text(profile.postalCode),
        }}
      />
    </div>
  );
}
