import { randomUUID } from "node:crypto";
import { Link } from "@/components/ui/link";
import { buttonPrimary, linkStyle } from "@/components/ui/styles";
import { startApplicationAction } from "@/lib/applications/actions";
import { signInPath } from "@/lib/auth/action-runner";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { Translator } from "@/lib/platform/i18n/messages";

/**
 * The way in from a service page. The submission key is minted per render,
 * so a double click or a resent POST opens one draft, not two.
 */
export function ApplyPanel({ actor, serviceSlug, drafts, t }: { actor: Actor; serviceSlug: string; drafts: { id: string }[]; t: Translator }) {
  if (actor.kind === "user" && !can(actor, "application.create")) {
    return <p className="mt-6 text-slate-700">{t("application.staffCannotApply")}</p>;
  }
  return (
    <div className="mt-6 rounded-lg border border-brand-600 bg-white p-4">
      {actor.kind === "anonymous" ? (
        <Link href={signInPath(`/layanan/${serviceSlug}`)} className={buttonPrimary}>
          {t("application.startSignIn")}
        </Link>
      ) : (
        <form action={startApplicationAction}>
          <input type="hidden" name="serviceSlug" value={serviceSlug} />
          <input type="hidden" name="submissionKey" value={randomUUID()} />
          <button type="submit" className={buttonPrimary}>
            {t("application.start")}
          </button>
        </form>
      )}
      <p className="mt-2 text-sm text-slate-700">{t("application.startHint")}</p>
      {drafts.length ? (
        <p className="mt-2">
          {t("application.existingDrafts", { count: drafts.length })}{" "}
          <Link href={`/permohonan/${drafts[0]!.id}/isi`} className={linkStyle}>
            {t("application.continueDraft")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
