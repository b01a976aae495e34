import { randomUUID } from "node:crypto";
import { KTP_SLUG } from "@/tests/fixtures/applications";
import {
  ADMIN_ONLY,
  agencyValues,
  APPLICANT_ONLY,
  BAD_TOKEN,
  counterRecovery,
  EMPTY_STATE,
  form,
  guarded,
  holidayCsv,
  holidayInput,
  portalSettingsInput,
  newAgencyInput,
  newServiceInput,
  oidcProviderInput,
  OFFICER_WORK,
  OWN_ACCOUNT,
  passwordChange,
  publishInput,
  registration,
  RESPONSE,
  serviceValues,
  standardInput,
  STRANGERS,
  SUPERVISION,
  surveyScores,
  VISITORS_ONLY,
  wrongSecretFor,
  type MatrixEntry,
} from "@/tests/fixtures/authorization-matrix-kit";
import type { World } from "@/tests/fixtures/authorization-world";
import { CORRECTION_NOTE, REJECTION } from "@/tests/fixtures/back-office";

/**
 * The server-action half of the refusal matrix (see authorization-matrix.ts).
 * Actions are called as plain functions; they read the persona's real session
 * cookie through the test's `next/headers`, so Auth.js, the policy and the
 * database decide exactly as in a request.
 */

const TOKEN_FORM = { kind: "public", reason: "the emailed one-time link's token is the check" } as const;
const invitation = (world: World) => ({
  name: "Petugas Undangan Uji",
  email: `undangan.${randomUUID()}@harapanjaya.go.id`,
  "role.OFFICER": "on",
  [`membership.${world.agencyA.id}`]: "OFFICER",
});
const movedAccessForm = (world: World) => ({ "role.OFFICER": "on", [`membership.${world.agencyB.id}`]: "OFFICER" });

export const SERVER_ACTION_MATRIX: Record<string, MatrixEntry> = {
  // ——— lib/applications/actions.ts, citizen-actions.ts ———
  startApplicationAction: guarded(["anonymous", "otherAgencyOfficer", "officer"], (fn) => fn(form({ serviceSlug: KTP_SLUG, submissionKey: randomUUID() })), {
    notApplicable: { otherCitizen: "any citizen may open a draft of their own; no other account's record is named" },
  }),
  saveApplicationFormAction: guarded(APPLICANT_ONLY, (fn, { world }) =>
    fn(world.app.draft.id, EMPTY_STATE, form({ applicantPhone: "081298765432", $intent: "later" })),
  ),
  shareWalletFactsAction: guarded(APPLICANT_ONLY, (fn, { world }) => fn(world.app.draft.id, EMPTY_STATE, form({ source: "output:matrix", consent: "on" }))),
  autosaveDraftAction: guarded(APPLICANT_ONLY, (fn, { world }) => fn(world.app.draft.id, form({ applicantPhone: "081298765432" })), {
    // The browser's autosave is told only that it did not save.
    refusedWhen: (result) => (result as { ok?: boolean }).ok === false,
  }),
  submitApplicationAction: guarded(APPLICANT_ONLY, (fn, { world }) => fn(world.app.draft.id, EMPTY_STATE, form({ declaration: "on" }))),
  resubmitApplicationAction: guarded(APPLICANT_ONLY, (fn, { world }) => fn(world.app.needsCorrection.id, EMPTY_STATE, form({ declaration: "on" }))),
  withdrawApplicationAction: guarded(APPLICANT_ONLY, (fn, { world }) => fn(world.app.submitted.id, EMPTY_STATE, form({ reason: "Uji matriks." }))),
  reapplyApplicationAction: guarded(APPLICANT_ONLY, (fn, { world }) => fn(world.app.rejected.id)),
  renewApplicationAction: guarded(APPLICANT_ONLY, (fn, { world }) => fn(world.app.completed.id)),
  trackApplicationAction: {
    kind: "public",
    reason: "public tracking: the tracking secret is the check",
    wrongSecret: {
      run: (fn, world) => fn(EMPTY_STATE, form({ trackingNumber: world.app.submitted.trackingNumber!, secret: wrongSecretFor(world.trackingSecret) })),
      refusedWith: ["tracking.notFound"],
    },
  },
  // ——— lib/applications/back-office-actions.ts ———
  claimNextAction: guarded(OFFICER_WORK, (fn, { world }) => fn(world.agencyA.id, world.agencyA.code)),
  claimAction: guarded(OFFICER_WORK, (fn, { world }) => fn(world.app.submitted.id, EMPTY_STATE, form({}))),
  releaseAction: guarded(OFFICER_WORK, (fn, { world }) => fn(world.app.inReview.id, EMPTY_STATE, form({}))),
  requestCorrectionAction: guarded(OFFICER_WORK, (fn, { world }) =>
    fn(world.app.inReview.id, EMPTY_STATE, form({ note: CORRECTION_NOTE, fields: ["applicantPhone"] })),
  ),
  approveAction: guarded(OFFICER_WORK, (fn, { world }) => fn(world.app.inReview.id, EMPTY_STATE, form({ note: "" }))),
  rejectAction: guarded(OFFICER_WORK, (fn, { world }) => fn(world.app.inReview.id, EMPTY_STATE, form(REJECTION))),
  addNoteAction: guarded(OFFICER_WORK, (fn, { world }) => fn(world.app.inReview.id, EMPTY_STATE, form({ note: "Catatan uji matriks." }))),
  saveChecklistAction: guarded(OFFICER_WORK, (fn, { world }) => fn(world.app.inReview.id, EMPTY_STATE, form({ checked: ["0", "1"] }))),
  reassignAction: guarded(SUPERVISION, (fn, { world }) => fn(world.app.inReview.id, EMPTY_STATE, form({ officerId: world.colleague.id }))),
  revealNikAction: guarded([...STRANGERS, "owner"], (fn, { world }) => fn(world.app.inReview.id)),
  // ——— lib/outputs/actions.ts ———
  issueOutputAction: guarded(OFFICER_WORK, (fn, { world }) => fn(world.app.approved.id, EMPTY_STATE, form({}))),
  revokeOutputAction: guarded(SUPERVISION, (fn, { world }) => fn(world.app.completed.id, EMPTY_STATE, form({ reason: "Dicabut untuk uji matriks." }))),
  verifyOutputFileAction: { kind: "public", reason: "anyone holding a document may check it; the answer names the holder only masked (DESIGN.md §1)" },
  // ——— surveys, notifications, privacy ———
  submitApplicationSurveyAction: guarded(APPLICANT_ONLY, (fn, { world }) => fn(world.app.completed.id, EMPTY_STATE, form(surveyScores))),
  markAllNotificationsReadAction: guarded(["anonymous"], (fn) => fn(), {
    notApplicable: {
      otherCitizen: "marks the caller's own notifications only; it takes no id",
      otherAgencyOfficer: "marks the caller's own notifications only; it takes no id",
    },
  }),
  eraseMyAccountAction: guarded(["anonymous", "otherAgencyOfficer"], (fn) => fn(EMPTY_STATE, form({ password: "kata-sandi", confirm: "on" })), {
    notApplicable: { otherCitizen: OWN_ACCOUNT.otherCitizen },
    refusalKeys: ["privacy.erase.staffAccount"],
  }),
  refreshDashboardAction: guarded([...STRANGERS, "officer", "owner"], (fn) => fn(form({ kembali: "/petugas/dasbor" }))),
  // ——— lib/payments/actions.ts ———
  payInSimulatorAction: {
    kind: "public",
    reason:
      "the demo's bank simulator (PAYMENT_SIMULATOR=on): a bank pays whoever gives it the account number; the payment still passes the portal's signed SNAP endpoints and is amount-checked",
  },
  // ——— lib/payments/treasury-actions.ts ———
  reconcileSettlementAction: guarded([...STRANGERS, "officer", "supervisor", "owner"], (fn) =>
    fn({ values: {}, fieldErrors: {}, lineErrors: [] }, form({ csv: "tanggal_settlement,nomor_va,kode_tagihan,jumlah,referensi_pembayaran,waktu_bayar\r\n" })),
  ),
  requestRefundAction: guarded([...STRANGERS, "supervisor"], (fn) => fn("TGUNKNOWN00", EMPTY_STATE, form({}))),
  reissueBillAction: guarded([...STRANGERS, "officer", "supervisor", "admin"], (fn, { world }) => fn(world.expiredBill, EMPTY_STATE, form({}))),
  approveRefundAction: guarded([...STRANGERS, "officer"], (fn) => fn("refund-unknown", EMPTY_STATE, form({}))),
  rejectRefundAction: guarded([...STRANGERS, "officer", "owner"], (fn) => fn("refund-unknown", EMPTY_STATE, form({ note: "Ditolak untuk uji matriks." }))),
  recordRefundPayoutAction: guarded([...STRANGERS, "officer", "supervisor", "owner"], (fn) =>
    fn("refund-unknown", EMPTY_STATE, form({ reference: "TRF-UJI-0001" })),
  ),
  // ——— lib/complaints/actions.ts ———
  fileComplaintAction: { kind: "public", reason: "anyone may file, with or without an account (DESIGN.md §5)" },
  trackComplaintAction: {
    kind: "public",
    reason: "public follow-up: the complaint's secret is the check",
    wrongSecret: {
      run: (fn, world) => fn(EMPTY_STATE, form({ code: world.complaint.received.code, secret: wrongSecretFor(world.complaint.received.secret) })),
      refusedWith: ["complaint.trackNotFound"],
    },
  },
  addInformationAction: guarded(APPLICANT_ONLY, (fn, { world }) =>
    fn(world.complaint.held.id, world.complaint.held.code, EMPTY_STATE, form({ text: "Informasi tambahan uji." })),
  ),
  acceptResponseAction: guarded(APPLICANT_ONLY, (fn, { world }) => fn(world.complaint.responded.id, world.complaint.responded.code, EMPTY_STATE, form({}))),
  disputeResponseAction: guarded(APPLICANT_ONLY, (fn, { world }) =>
    fn(world.complaint.responded.id, world.complaint.responded.code, EMPTY_STATE, form({ reason: "Jawaban belum menjawab keluhan saya." })),
  ),
  rateHandlingAction: guarded(APPLICANT_ONLY, (fn, { world }) =>
    fn(world.complaint.responded.id, world.complaint.responded.code, EMPTY_STATE, form({ rating: "3", comment: "" })),
  ),
  supportComplaintAction: guarded(["anonymous", "otherAgencyOfficer", "officer"], (fn, { world }) => fn(world.complaint.routed.code), {
    notApplicable: { otherCitizen: "any citizen may add their voice to a published complaint: that is what it is for" },
  }),
  // ——— lib/complaints/back-office-actions.ts ———
  routeComplaintAction: guarded([...STRANGERS, "owner"], (fn, { world }) =>
    fn("complaints", world.complaint.received.id, EMPTY_STATE, form({ agencyCode: "DISDUKCAPIL" })),
  ),
  rejectComplaintAction: guarded([...STRANGERS, "owner"], (fn, { world }) =>
    fn("complaints", world.complaint.received.id, EMPTY_STATE, form({ code: "duplicate", note: "Pengaduan yang sama sudah diterima." })),
  ),
  claimComplaintAction: guarded(OFFICER_WORK, (fn, { world }) => fn("complaints", world.complaint.routed.id, EMPTY_STATE, form({}))),
  releaseComplaintAction: guarded(OFFICER_WORK, (fn, { world }) => fn("complaints", world.complaint.held.id, EMPTY_STATE, form({}))),
  respondComplaintAction: guarded(OFFICER_WORK, (fn, { world }) => fn("complaints", world.complaint.held.id, EMPTY_STATE, form({ response: RESPONSE }))),
  complaintNoteAction: guarded([...STRANGERS, "owner"], (fn, { world }) =>
    fn("complaints", world.complaint.held.id, EMPTY_STATE, form({ note: "Catatan uji matriks." })),
  ),
  createOpen311ClientAction: guarded(ADMIN_ONLY, (fn) => fn(EMPTY_STATE, form({ name: "Aplikasi Uji Matriks" }))),
  revokeOpen311ClientAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(world.open311ClientId)),
  // ——— lib/identity/*-actions.ts ———
  signInAction: {
    kind: "public",
    reason: "sign-in itself: the password is the check",
    wrongSecret: {
      run: (fn, world) => fn(EMPTY_STATE, form({ email: world.actors.otherCitizen.email, password: "bukan-sandinya" })),
      refusedWith: ["auth.invalidCredentials"],
    },
  },
  signOutAction: { kind: "public", reason: "ends the caller's own session; it names no one else's" },
  registerAction: guarded(["otherCitizen", "otherAgencyOfficer"], (fn) => fn(EMPTY_STATE, form(registration())), { notApplicable: VISITORS_ONLY }),
  requestPasswordRecoveryAction: guarded(
    ["otherCitizen", "otherAgencyOfficer"],
    (fn, { world }) => fn(EMPTY_STATE, form({ email: world.actors.owner.email })),
    {
      notApplicable: VISITORS_ONLY,
    },
  ),
  setPasswordFromLinkAction: {
    ...TOKEN_FORM,
    wrongSecret: {
      run: (fn) => fn(EMPTY_STATE, form({ token: BAD_TOKEN, password: passwordChange.password, passwordConfirm: passwordChange.password })),
      refusedWith: ["accountLink.invalid"],
    },
  },
  recoverPasswordAction: {
    ...TOKEN_FORM,
    wrongSecret: {
      run: (fn) => fn(EMPTY_STATE, form({ token: BAD_TOKEN, password: passwordChange.password, passwordConfirm: passwordChange.password })),
      refusedWith: ["accountLink.invalid"],
    },
  },
  confirmEmailAction: { ...TOKEN_FORM, wrongSecret: { run: (fn) => fn(BAD_TOKEN), refusedWith: ["accountLink.invalid"] } },
  unlockAccountAction: { ...TOKEN_FORM, wrongSecret: { run: (fn) => fn(BAD_TOKEN), refusedWith: ["accountLink.invalid"] } },
  changePasswordAction: guarded(["anonymous"], (fn) => fn(EMPTY_STATE, form(passwordChange)), { notApplicable: OWN_ACCOUNT }),
  updateProfileAction: guarded(["anonymous", "otherAgencyOfficer", "officer"], (fn) => fn(EMPTY_STATE, form({ phone: "081298765432" })), {
    notApplicable: { otherCitizen: OWN_ACCOUNT.otherCitizen },
  }),
  recoverAccountAtCounterAction: guarded(
    ["anonymous", "otherCitizen", "supervisor", "admin"],
    (fn, { world }) => fn(EMPTY_STATE, form(counterRecovery(world))),
    {
      notApplicable: {
        otherAgencyOfficer: "any agency's counter serves any citizen: accounts belong to no agency, and the KTP-el checked in person is the check",
      },
    },
  ),
  // ——— lib/identity/second-factor-actions.ts (issue 25) ———
  startTotpEnrolmentAction: guarded(["anonymous"], (fn) => fn(), { notApplicable: OWN_ACCOUNT }),
  confirmTotpEnrolmentAction: guarded(["anonymous"], (fn) => fn(EMPTY_STATE, form({ code: "123456" })), { notApplicable: OWN_ACCOUNT }),
  verifySecondFactorAction: guarded(["anonymous"], (fn) => fn(EMPTY_STATE, form({ code: "123456" })), {
    notApplicable: {
      otherCitizen: "answers only the caller's own session between password and code; a signed-in session has nothing to verify",
      otherAgencyOfficer: "answers only the caller's own session between password and code; a signed-in session has nothing to verify",
    },
  }),
  cancelSecondFactorAction: { kind: "public", reason: "signs the caller's own browser out; nothing else is named" },
  resetSecondFactorAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(world.colleague.id)),
  setOfficerSecondFactorRuleAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(world.agencyB.id, true)),
  // ——— lib/identity/oidc-actions.ts ———
  saveOidcProviderAction: guarded(ADMIN_ONLY, (fn) => fn(EMPTY_STATE, form(oidcProviderInput()))),
  unlinkOwnProviderAction: guarded(["anonymous"], (fn) => fn("tidak-ada", EMPTY_STATE, form({ currentPassword: "bukan-sandi" })), {
    notApplicable: OWN_ACCOUNT,
  }),
  endOwnSessionAction: guarded(["anonymous"], (fn) => fn("all"), { notApplicable: OWN_ACCOUNT }),
  // ——— lib/catalog/admin-actions.ts ———
  createAgencyAction: guarded(ADMIN_ONLY, (fn) => fn(EMPTY_STATE, form(newAgencyInput()))),
  updateAgencyAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(world.agencyB.id, EMPTY_STATE, form(agencyValues(world)))),
  createServiceAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(EMPTY_STATE, form(newServiceInput(world)))),
  updateServiceAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(world.service.id, EMPTY_STATE, form(serviceValues(world)))),
  saveStandardAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(world.service.id, EMPTY_STATE, form(standardInput))),
  publishAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(world.service.id, EMPTY_STATE, form(publishInput))),
  arrangeFormAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(world.service.id, form({ intent: "moveSection:down", target: "0", revision: "0" }))),
  editFormAction: guarded(ADMIN_ONLY, (fn, { world }) =>
    fn(world.service.id, EMPTY_STATE, form({ op: "addSection", revision: "0", key: "data", "title.id": "Data", "title.en": "Details" })),
  ),
  importServiceAction: guarded(ADMIN_ONLY, (fn, { world }) =>
    fn({ ...EMPTY_STATE, issues: [] }, form({ agencyId: world.agencyA.id, file: new File(["{}"], "layanan.json", { type: "application/json" }) })),
  ),
  previewFormAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(world.service.id, { ...EMPTY_STATE, checked: false }, form({ $intent: "check" }))),
  // ——— lib/settings/actions.ts ———
  savePortalSettingsAction: guarded(ADMIN_ONLY, (fn) => fn(EMPTY_STATE, form(portalSettingsInput))),
  // ——— lib/sla/actions.ts ———
  addHolidayAction: guarded(ADMIN_ONLY, (fn) => fn(EMPTY_STATE, form(holidayInput))),
  // ——— lib/assistant/actions.ts ———
  addServiceKeywordsAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(EMPTY_STATE, form({ serviceId: world.service.id, keywords: "uji matriks" }))),
  updateHolidayAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(world.holiday.id, EMPTY_STATE, form(holidayInput))),
  removeHolidayAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(world.holiday.id, EMPTY_STATE, form({}))),
  importHolidaysAction: guarded(ADMIN_ONLY, (fn) => fn({ ...EMPTY_STATE, lineErrors: [] }, form(holidayCsv))),
  // ——— lib/staff/actions.ts ———
  inviteStaffAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(EMPTY_STATE, form(invitation(world)))),
  changeStaffAccessAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(world.colleague.id, EMPTY_STATE, form(movedAccessForm(world)))),
  setStaffActiveAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(world.colleague.id, false)),
  setStaffNipAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(world.colleague.id, EMPTY_STATE, form({ nip: "199001012020121001" }))),
  // ——— lib/visits/actions.ts (issue 19) ———
  bookVisitAction: guarded(
    ["anonymous", "otherAgencyOfficer", "officer"],
    (fn, { world }) => fn(EMPTY_STATE, form({ locationSlug: world.visit.locationSlug, serviceSlug: KTP_SLUG, slotId: world.visit.otherSlotId })),
    { notApplicable: { otherCitizen: "any citizen books for themselves; no other account's record is named" } },
  ),
  joinVisitWaitlistAction: guarded(
    ["anonymous", "otherAgencyOfficer", "officer"],
    (fn, { world }) => fn(EMPTY_STATE, form({ locationSlug: world.visit.locationSlug, serviceSlug: KTP_SLUG })),
    { notApplicable: { otherCitizen: "any citizen joins the list for themselves; no other account's record is named" } },
  ),
  cancelVisitAction: guarded(APPLICANT_ONLY, (fn, { world }) => fn(EMPTY_STATE, form({ code: world.visit.code }))),
  rescheduleVisitAction: guarded(APPLICANT_ONLY, (fn, { world }) => fn(EMPTY_STATE, form({ code: world.visit.code, slotId: world.visit.otherSlotId }))),
  checkInVisitAction: {
    kind: "public",
    reason: "the entrance kiosk: anyone at it checks in; the kiosk's device cookie is the check",
    wrongSecret: {
      run: (fn, world) => fn(EMPTY_STATE, form({ locationSlug: world.visit.locationSlug, code: world.visit.code })),
      refusedWith: ["visit.error.kioskNotActive"],
    },
  },
  issueVisitTicketAction: {
    kind: "public",
    reason: "the entrance kiosk hands anyone a number; the kiosk's device cookie is the check",
    wrongSecret: {
      run: (fn, world) => fn(EMPTY_STATE, form({ locationSlug: world.visit.locationSlug, serviceSlug: KTP_SLUG, line: "WALK_IN" })),
      refusedWith: ["visit.error.kioskNotActive"],
    },
  },
  activateKioskAction: guarded([...STRANGERS, "owner", "supervisor"], (fn, { world }) => fn(EMPTY_STATE, form({ locationSlug: world.visit.locationSlug }))),
  saveVisitLocationAction: guarded(ADMIN_ONLY, (fn) =>
    fn(
      EMPTY_STATE,
      form({
        slug: `uji-matriks-${randomUUID().slice(0, 8)}`,
        nameId: "Lokasi Uji Matriks",
        nameEn: "Matrix Test Location",
        address: "Jl. Uji No. 2",
        timezone: "Asia/Jakarta",
        weekdays: ["1", "2"],
        opens: "08:00",
        closes: "12:00",
        walkInSharePercent: "25",
        serviceSlug: KTP_SLUG,
        slotMinutes: "30",
        capacityPerSlot: "2",
        ticketLetter: "A",
        counterLabels: "Loket 1",
      }),
    ),
  ),
  closeVisitDayAction: guarded(ADMIN_ONLY, (fn, { world }) =>
    fn(EMPTY_STATE, form({ locationSlug: world.visit.locationSlug, date: "2099-12-30", reasonId: "Uji matriks", reasonEn: "Matrix test" })),
  ),
  editVisitServiceAction: guarded(ADMIN_ONLY, (fn, { world }) =>
    fn(EMPTY_STATE, form({ offer: `${world.visit.locationSlug}/${KTP_SLUG}`, slotMinutes: "20", capacityPerSlot: "9", ticketLetter: "Z" })),
  ),
  removeVisitServiceAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(EMPTY_STATE, form({ locationSlug: world.visit.locationSlug, serviceSlug: KTP_SLUG }))),
  editVisitCounterAction: guarded(ADMIN_ONLY, (fn, { world }) =>
    fn(EMPTY_STATE, form({ counterId: world.visit.counterId, label: "Loket Matriks", serviceSlugs: [KTP_SLUG] })),
  ),
  removeVisitCounterAction: guarded(ADMIN_ONLY, (fn, { world }) => fn(EMPTY_STATE, form({ counterId: world.visit.counterId }))),
  callNextTicketAction: guarded(OFFICER_WORK, (fn, { world }) => fn(EMPTY_STATE, form({ counterId: world.visit.counterId }))),
  updateTicketAction: guarded(OFFICER_WORK, (fn, { world }) =>
    fn(EMPTY_STATE, form({ counterId: world.visit.counterId, ticketId: "no-ticket-needed-to-be-refused", version: "0", action: "serve" })),
  ),
};
