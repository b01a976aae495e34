import type { Messages } from "@/components/forms/use-form-messages";
import { approveAction, claimAction, reassignAction, rejectAction, releaseAction, requestCorrectionAction } from "@/lib/applications/back-office-actions";
import type { AgencyCaseView } from "@/lib/applications/case-view";
import { topLevelFields } from "@/lib/catalog/form-schema";
import { REJECTION_REASONS } from "@/lib/applications/officer-input";
import { availableEvents, isReassignable, requiresHolder } from "@/lib/applications/workflow";
import { issueOutputAction, revokeOutputAction } from "@/lib/outputs/actions";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { ApproveForm, ButtonActionForm, CorrectionForm, ReassignForm, RejectForm, RevokeOutputForm } from "./case-action-forms";

/**
 * The decisions open to this officer on this case, straight from the workflow
 * table: claim when it waits in the queue; the holder-only events (correct,
 * approve, reject, hand back, issue the output) when it is theirs; nothing
 * when it belongs to a colleague.
 */
export function CaseActions({ view, locale, t, messages }: { view: AgencyCaseView; locale: Locale; t: Translator; messages: Messages }) {
  if (!view.mayWork) return null;
  const common = { messages, version: view.version };
  const shown = availableEvents(view.status, "officer").filter((event) => view.isMine || !requiresHolder(event));
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="actions-title" className="mt-8 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="actions-title" className="mb-4 text-2xl font-semibold">
        {t("backOffice.actions")}
      </h2>
      {shown.includes("claim") ? (
        <ButtonActionForm {...common} formId="claim" primary action={claimAction.bind(null, view.id)} label={t("backOffice.claim")} />
      ) : null}
      {shown.includes("approve") ? <ApproveForm {...common} action={approveAction.bind(null, view.id)} /> : null}
      {shown.includes("requestCorrection") ? (
        <CorrectionForm
          {...common}
          action={requestCorrectionAction.bind(null, view.id)}
          fields={topLevelFields(view.formDefinition).map((field) => ({ value: field.key, label: field.label[locale] }))}
        />
      ) : null}
      {shown.includes("reject") ? (
        <RejectForm
          {...common}
          action={rejectAction.bind(null, view.id)}
          reasons={REJECTION_REASONS.map((reason) => ({ value: reason, label: t(`backOffice.rejectReason.${reason}`) }))}
        />
      ) : null}
      {shown.includes("issue") ? (
        <ButtonActionForm {...common} formId="issue" primary action={issueOutputAction.bind(null, view.id)} label={t("output.issue")} />
      ) : null}
      {shown.includes("release") ? (
        <ButtonActionForm {...common} formId="release" action={releaseAction.bind(null, view.id)} label={t("backOffice.release")} />
      ) : null}
    </section>
  );
}

/** What a supervisor (or an admin) may do on a case: move it to another officer, withdraw its output. */
export function SupervisorActions({ view, t, messages }: { view: AgencyCaseView; t: Translator; messages: Messages }) {
  const common = { messages, version: view.version };
  const reassign = view.maySupervise && isReassignable(view.status);
  const colleagues = view.officers.filter((officer) => officer.id !== view.assignedOfficer?.id);
  const revoke = view.mayRevoke && view.output && !view.output.revokedAt;
  if (!reassign && !revoke) return null;
  return (
    <section aria-labelledby="supervisor-title" className="mt-8 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="supervisor-title" className="mb-4 text-2xl font-semibold">
        {t("backOffice.actions")}
      </h2>
      {reassign && colleagues.length > 0 ? (
        <ReassignForm
          {...common}
          action={reassignAction.bind(null, view.id)}
          officers={colleagues.map((officer) => ({ value: officer.id, label: officer.name }))}
        />
      ) : null}
      {reassign && colleagues.length === 0 ? (
        <p data-testid="reassign-unavailable" className="max-w-2xl">
          {t(view.assignedOfficer ? "backOffice.reassignNoColleague" : "backOffice.reassignNoOfficer")}
        </p>
      ) : null}
      {revoke ? (
        <RevokeOutputForm {...common} action={revokeOutputAction.bind(null, view.id)} label={t("output.revoke")} reasonLabel={t("output.revokeReason")} />
      ) : null}
    </section>
  );
}
