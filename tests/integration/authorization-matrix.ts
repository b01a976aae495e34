import { randomUUID } from "node:crypto";
import { ANONYMOUS } from "@/lib/auth/actor";
import { KTP_SLUG } from "@/tests/fixtures/applications";
import {
  ADMIN_ONLY,
  agencyValues,
  APPLICANT_ONLY,
  BAD_TOKEN,
  counterRecovery,
  ctx,
  guarded,
  holidayCsv,
  holidayInput,
  portalSettingsInput,
  internal,
  JOB,
  movedAccess,
  newAgencyInput,
  newServiceInput,
  newStaffInput,
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
import { CORRECTION_NOTE, REJECTION } from "@/tests/fixtures/back-office";
import { PDF_BYTES } from "@/tests/fixtures/documents";
import { SERVER_ACTION_MATRIX } from "./authorization-matrix-actions";
import { PASSKEY_MATRIX } from "./authorization-matrix-passkeys";

/**
 * The refusal matrix: for every server action and use case (found by
 * tests/fixtures/entry-points.ts, never listed by hand), who must be refused,
 * and how to ask. authorization-matrix.test.ts runs each (entry, persona) pair
 * against PostgreSQL and fails on an entry point this matrix does not name.
 *
 * Entries are keyed by export name, so moving a function between files keeps
 * its row. An entry is one of:
 * - guarded: `refuses` lists the personas that must be refused; each of the
 *   three core personas (anonymous, a citizen of another account, an officer
 *   of another agency) is either listed or excused in `notApplicable`, with why;
 * - public: anyone may call it, and why; where a secret is the check, the
 *   wrong secret must be refused instead (`wrongSecret`);
 * - internal: not an entry point (a shared writer, a job handler), and why.
 */

const VISIT_LOCATION_INPUT = {
  nameId: "Lokasi Uji Matriks",
  nameEn: "Matrix Test Location",
  address: "Jl. Uji No. 2",
  timezone: "Asia/Jakarta",
  weekdays: ["1", "2"],
  opens: "08:00",
  closes: "12:00",
  breakFrom: "",
  breakTo: "",
  walkInSharePercent: "25",
  serviceSlug: KTP_SLUG,
  slotMinutes: "30",
  capacityPerSlot: "2",
  ticketLetter: "A",
  counterLabels: "Loket 1",
} as const;

export const USE_CASE_MATRIX: Record<string, MatrixEntry> = {
  // ——— applications: the applicant ———
  startApplication: guarded(
    ["anonymous", "otherAgencyOfficer", "officer"],
    (fn, { actor }) => fn(actor, { serviceSlug: KTP_SLUG, submissionKey: randomUUID() }, ctx),
    {
      notApplicable: { otherCitizen: "any citizen may open a draft of their own; no other account's record is named" },
    },
  ),
  saveApplicationForm: guarded(APPLICANT_ONLY, (fn, { actor, world }) => {
    const scan = new File([Uint8Array.from(PDF_BYTES)], "kk.pdf", { type: "application/pdf" });
    return fn(
      actor,
      {
        applicationId: world.app.draft.id,
        entries: [
          ["applicantPhone", "081298765432"],
          ["familyCardScan", scan],
        ],
        validate: true,
      },
      ctx,
    );
  }),
  saveDraft: guarded(APPLICANT_ONLY, (fn, { actor, world }) => fn(actor, world.app.draft.id, { applicantPhone: "081298765432" })),
  uploadDocument: guarded(APPLICANT_ONLY, (fn, { actor, world }) =>
    fn(actor, { applicationId: world.app.draft.id, fieldKey: "familyCardScan", fileName: "kk.pdf", bytes: PDF_BYTES }, ctx),
  ),
  removeDocument: guarded(APPLICANT_ONLY, (fn, { actor, world }) => fn(actor, { applicationId: world.app.draft.id, documentId: world.documents.draft }, ctx)),
  submitApplication: guarded(APPLICANT_ONLY, (fn, { actor, world }) => fn(actor, world.app.draft.id, {}, ctx)),
  resubmitApplication: guarded(APPLICANT_ONLY, (fn, { actor, world }) => fn(actor, world.app.needsCorrection.id, ctx)),
  withdrawApplication: guarded(APPLICANT_ONLY, (fn, { actor, world }) => fn(actor, world.app.submitted.id, { reason: "Uji matriks." }, ctx)),
  reapplyApplication: guarded(APPLICANT_ONLY, (fn, { actor, world }) => fn(actor, world.app.rejected.id, ctx)),
  renewApplication: guarded(APPLICANT_ONLY, (fn, { actor, world }) => fn(actor, world.app.completed.id, ctx)),
  openDocument: guarded(STRANGERS, (fn, { actor, world }) => fn(actor, world.documents.completed, ctx)),
  trackApplication: {
    kind: "public",
    reason: "public tracking: the tracking secret is the check",
    wrongSecret: {
      run: (fn, world) => fn(ANONYMOUS, { trackingNumber: world.app.submitted.trackingNumber, secret: wrongSecretFor(world.trackingSecret) }, ctx),
      refusedWith: ["tracking.notFound"],
    },
  },
  // ——— applications: the back office ———
  claimApplication: guarded(OFFICER_WORK, (fn, { actor, world }) => fn(actor, world.app.submitted.id, ctx)),
  claimNextApplication: guarded(OFFICER_WORK, (fn, { actor, world }) => fn(actor, world.agencyA.id, ctx)),
  releaseApplication: guarded(OFFICER_WORK, (fn, { actor, world }) => fn(actor, world.app.inReview.id, ctx)),
  requestCorrection: guarded(OFFICER_WORK, (fn, { actor, world }) =>
    fn(actor, world.app.inReview.id, { note: CORRECTION_NOTE, fields: ["applicantPhone"] }, ctx),
  ),
  approveApplication: guarded(OFFICER_WORK, (fn, { actor, world }) => fn(actor, world.app.inReview.id, {}, ctx)),
  rejectApplication: guarded(OFFICER_WORK, (fn, { actor, world }) => fn(actor, world.app.inReview.id, REJECTION, ctx)),
  addCaseNote: guarded(OFFICER_WORK, (fn, { actor, world }) => fn(actor, world.app.inReview.id, { note: "Catatan uji matriks." }, ctx)),
  saveRequirementChecklist: guarded(OFFICER_WORK, (fn, { actor, world }) => fn(actor, world.app.inReview.id, { checked: [0, 1] }, ctx)),
  reassignApplication: guarded(SUPERVISION, (fn, { actor, world }) => fn(actor, world.app.inReview.id, { officerId: world.colleague.id }, ctx)),
  revealApplicantNik: guarded([...STRANGERS, "owner"], (fn, { actor, world }) => fn(actor, world.app.inReview.id, ctx)),
  extendDueDatesForHolidays: internal(JOB),
  sweepSla: internal(JOB),
  complaintLink: internal("builds a link for the SLA sweep's notices; no state"),
  staffCaseLink: internal("builds a link for the SLA sweep's notices; no state"),
  // ——— outputs ———
  issueOutput: guarded(OFFICER_WORK, (fn, { actor, world }) => fn(actor, world.app.approved.id, ctx)),
  openOutput: guarded(STRANGERS, (fn, { actor, world }) => fn(actor, world.app.completed.id, ctx)),
  revokeOutput: guarded(SUPERVISION, (fn, { actor, world }) => fn(actor, world.app.completed.id, { reason: "Dicabut untuk uji matriks." }, ctx)),
  verifyOutputByCode: { kind: "public", reason: "anyone holding a document may check it; the answer names the holder only masked (DESIGN.md §1)" },
  // ——— issue 22: the inter-agency check API (a machine client, not a persona) ———
  checkDocumentForAgency: {
    kind: "public",
    reason: "institutions outside the portal; the request's Ed25519 signature by a registered client key is the check (lib/interagency/message-signature.ts)",
    wrongSecret: {
      run: (fn) =>
        fn({ method: "GET", path: "/api/antar-instansi/v1/dokumen/X", headers: new Headers({ "signature-input": "sig1=()", signature: "sig1=:AAAA:" }) }, "X"),
      refusedWith: ["interAgency.signatureMissing"],
    },
  },
  verifyOutputByFile: { kind: "public", reason: "anyone holding a document may check it; the answer names the holder only masked (DESIGN.md §1)" },
  verifyStoredOutput: internal(
    "the case page's check of a wallet document the application references; its caller (walletSourcesForCase) authorizes the officer first",
  ),
  // ——— the wallet reused in an application (issue 22 items 6 and 7) ———
  shareWalletFacts: guarded(APPLICANT_ONLY, (fn, { actor, world }) =>
    fn(actor, { applicationId: world.app.draft.id, source: "output:matrix", consent: "on" }, ctx),
  ),
  // ——— surveys, notifications, privacy ———
  submitSurvey: guarded(APPLICANT_ONLY, (fn, { actor, world }) => fn(actor, { applicationId: world.app.completed.id }, surveyScores, ctx)),
  markNotificationsRead: guarded(APPLICANT_ONLY, (fn, { actor, world }) => fn(actor, world.ownerNotificationIds)),
  exportMyData: guarded(["anonymous"], (fn, { actor }) => fn(actor, ctx), { notApplicable: OWN_ACCOUNT }),
  eraseMyAccount: guarded(["anonymous", "otherAgencyOfficer"], (fn, { actor }) => fn(actor, { password: "kata-sandi", confirm: "on" }, ctx), {
    notApplicable: { otherCitizen: OWN_ACCOUNT.otherCitizen },
    refusalKeys: ["privacy.erase.staffAccount"],
  }),
  publishAuditAnchor: internal(`signs the audit chains' heads for /transparansi: ${JOB}`),
  // ——— complaints: filers and the public ———
  fileComplaint: { kind: "public", reason: "anyone may file, with or without an account (DESIGN.md §5)" },
  trackComplaint: {
    kind: "public",
    reason: "public follow-up: the complaint's secret is the check",
    wrongSecret: {
      run: (fn, world) => fn(ANONYMOUS, { code: world.complaint.received.code, secret: wrongSecretFor(world.complaint.received.secret) }, ctx),
      refusedWith: ["complaint.trackNotFound"],
    },
  },
  supportComplaint: guarded(["anonymous", "otherAgencyOfficer", "officer"], (fn, { actor, world }) => fn(actor, world.complaint.routed.code), {
    notApplicable: { otherCitizen: "any citizen may add their voice to a published complaint: that is what it is for" },
  }),
  addInformation: guarded(APPLICANT_ONLY, (fn, { credential, world }) => fn(credential, world.complaint.held.id, { text: "Informasi tambahan uji." }, [], ctx)),
  acceptResponse: guarded(APPLICANT_ONLY, (fn, { credential, world }) => fn(credential, world.complaint.responded.id, ctx)),
  disputeResponse: guarded(APPLICANT_ONLY, (fn, { credential, world }) =>
    fn(credential, world.complaint.responded.id, { reason: "Jawaban belum menjawab keluhan saya." }, ctx),
  ),
  rateHandling: guarded(APPLICANT_ONLY, (fn, { credential, world }) => fn(credential, world.complaint.responded.id, { rating: 3 }, ctx)),
  openComplaintAttachment: guarded(STRANGERS, (fn, { credential, world }) => fn(credential, world.attachmentId, ctx)),
  // ——— complaints: the back office ———
  verifyAndRouteComplaint: guarded([...STRANGERS, "owner"], (fn, { actor, world }) =>
    fn(actor, world.complaint.received.id, { agencyCode: "DISDUKCAPIL" }, ctx),
  ),
  rejectComplaint: guarded([...STRANGERS, "owner"], (fn, { actor, world }) =>
    fn(actor, world.complaint.received.id, { code: "duplicate", note: "Pengaduan yang sama sudah diterima." }, ctx),
  ),
  claimComplaint: guarded(OFFICER_WORK, (fn, { actor, world }) => fn(actor, world.complaint.routed.id, {}, ctx)),
  releaseComplaint: guarded(OFFICER_WORK, (fn, { actor, world }) => fn(actor, world.complaint.held.id, {}, ctx)),
  respondToComplaint: guarded(OFFICER_WORK, (fn, { actor, world }) => fn(actor, world.complaint.held.id, { response: RESPONSE }, ctx)),
  addComplaintNote: guarded([...STRANGERS, "owner"], (fn, { actor, world }) => fn(actor, world.complaint.held.id, { note: "Catatan uji matriks." }, ctx)),
  sweepComplaints: internal(JOB),
  // ——— identity ———
  authenticateUser: {
    kind: "public",
    reason: "sign-in itself: the password is the check",
    wrongSecret: {
      run: (fn, world) => fn({ email: world.actors.otherCitizen.email, password: "bukan-sandinya" }, ctx),
      refusedWhen: (result) => (result as { ok?: boolean }).ok === false,
    },
  },
  signInAccountKey: internal("names a sign-in rate-limit counter; no state"),
  registerCitizen: guarded(["otherCitizen", "otherAgencyOfficer"], (fn, { actor }) => fn(actor, registration(), ctx), { notApplicable: VISITORS_ONLY }),
  requestPasswordRecovery: guarded(["otherCitizen", "otherAgencyOfficer"], (fn, { actor, world }) => fn(actor, { email: world.actors.owner.email }, ctx), {
    notApplicable: VISITORS_ONLY,
  }),
  sendPasswordRecovery: internal(`the second half of requestPasswordRecovery: ${JOB}`),
  confirmEmail: {
    kind: "public",
    reason: "the emailed one-time link's token is the check",
    wrongSecret: { run: (fn) => fn({ token: BAD_TOKEN }, ctx), refusedWith: ["accountLink.invalid"] },
  },
  unlockAccount: {
    kind: "public",
    reason: "the emailed one-time link's token is the check",
    wrongSecret: { run: (fn) => fn({ token: BAD_TOKEN }, ctx), refusedWith: ["accountLink.invalid"] },
  },
  setPasswordFromLink: {
    kind: "public",
    reason: "the emailed one-time link's token is the check",
    wrongSecret: {
      run: (fn) => fn({ token: BAD_TOKEN, password: passwordChange.password, passwordConfirm: passwordChange.password }, ctx),
      refusedWith: ["accountLink.invalid"],
    },
  },
  recoverPassword: {
    kind: "public",
    reason: "the emailed one-time link's token is the check",
    wrongSecret: {
      run: (fn) => fn({ token: BAD_TOKEN, password: passwordChange.password, passwordConfirm: passwordChange.password }, ctx),
      refusedWith: ["accountLink.invalid"],
    },
  },
  changePassword: guarded(["anonymous"], (fn, { actor }) => fn(actor, passwordChange, ctx), { notApplicable: OWN_ACCOUNT }),
  updateProfile: guarded(["anonymous", "otherAgencyOfficer", "officer"], (fn, { actor }) => fn(actor, { phone: "081298765432" }, ctx), {
    notApplicable: { otherCitizen: OWN_ACCOUNT.otherCitizen },
  }),
  recoverAccountAtCounter: guarded(["anonymous", "otherCitizen", "supervisor", "admin"], (fn, { actor, world }) => fn(actor, counterRecovery(world), ctx), {
    notApplicable: {
      otherAgencyOfficer: "any agency's counter serves any citizen: accounts belong to no agency, and the KTP-el checked in person is the check",
    },
  }),
  // ——— catalog, holidays, staff: the admin's ———
  createAgency: guarded(ADMIN_ONLY, (fn, { actor }) => fn(actor, newAgencyInput(), ctx)),
  updateAgency: guarded(ADMIN_ONLY, (fn, { actor, world }) => fn(actor, world.agencyB.id, agencyValues(world), ctx)),
  createService: guarded(ADMIN_ONLY, (fn, { actor, world }) => fn(actor, newServiceInput(world), ctx)),
  updateService: guarded(ADMIN_ONLY, (fn, { actor, world }) => fn(actor, world.service.id, serviceValues(world), ctx)),
  saveStandardDraft: guarded(ADMIN_ONLY, (fn, { actor, world }) => fn(actor, world.service.id, standardInput, ctx)),
  previewFeeRule: guarded(ADMIN_ONLY, (fn, { actor, world }) => fn(actor, world.service.id, { "feeRule.kind": "free" })),
  editFormDraft: guarded(ADMIN_ONLY, (fn, { actor, world }) =>
    fn(actor, world.service.id, { revision: 0, edit: { kind: "addSection", values: { key: "data", "title.id": "Data", "title.en": "Details" } } }, ctx),
  ),
  publishServiceVersion: guarded(ADMIN_ONLY, (fn, { actor, world }) => fn(actor, world.service.id, publishInput, ctx)),
  importService: guarded(ADMIN_ONLY, (fn, { actor, world }) =>
    fn(actor, { text: "{}", agencyId: world.agencyA.id, slug: `uji-impor-${randomUUID().slice(0, 8)}` }, ctx),
  ),
  isUniqueViolation: internal("classifies a database error; no state"),
  lockServiceDraft: internal("a shared writer step inside the catalog use cases' transactions, after their admin gate"),
  editServiceDraft: internal("the shared draft writer, handed the admin the caller's gate returned"),
  assertReferencesExist: internal("a check inside createService/updateService's transaction, after their admin gate"),
  updatePortalSettings: guarded(ADMIN_ONLY, (fn, { actor }) => fn(actor, portalSettingsInput, null, ctx)),
  addHoliday: guarded(ADMIN_ONLY, (fn, { actor }) => fn(actor, holidayInput, ctx)),
  updateHoliday: guarded(ADMIN_ONLY, (fn, { actor, world }) => fn(actor, { ...holidayInput, id: world.holiday.id }, ctx)),
  removeHoliday: guarded(ADMIN_ONLY, (fn, { actor, world }) => fn(actor, { id: world.holiday.id }, ctx)),
  importHolidays: guarded(ADMIN_ONLY, (fn, { actor }) => fn(actor, holidayCsv, ctx)),
  changeHolidayCalendar: internal("the holiday writers' shared transaction, entered after their admin gate"),
  assertNoActiveHoliday: internal("a check inside the holiday writers' transaction"),
  announceHolidaysAdded: internal("enqueues the deadline extension inside the holiday writers' transaction"),
  inviteStaff: guarded(ADMIN_ONLY, (fn, { actor, world }) => fn(actor, newStaffInput(world), ctx)),
  changeStaffAccess: guarded(ADMIN_ONLY, (fn, { actor, world }) => fn(actor, { userId: world.colleague.id, access: movedAccess(world) }, ctx)),
  setStaffActive: guarded(ADMIN_ONLY, (fn, { actor, world }) => fn(actor, { userId: world.colleague.id, active: false }, ctx)),
  setStaffNip: guarded(ADMIN_ONLY, (fn, { actor, world }) => fn(actor, { userId: world.colleague.id, nip: "199001012020121001" }, ctx)),
  // ——— Tanya SatuPintu (issue 21) ———
  askAssistant: {
    kind: "public",
    reason:
      "anyone may ask (DESIGN.md §15); answers quote published standards, and one's own case is read only from the asker's own records (tests/integration/assistant-own-case.test.ts)",
  },
  addServiceKeywords: guarded(ADMIN_ONLY, (fn, { actor, world }) => fn(actor, { serviceId: world.service.id, keywords: "uji matriks" }, ctx)),
  // ——— identity (issue 25): second factor, sessions ———
  startTotpEnrolment: guarded(["anonymous"], (fn, { actor }) => fn(actor), { notApplicable: OWN_ACCOUNT }),
  confirmTotpEnrolment: guarded(["anonymous"], (fn, { actor }) => fn(actor, { code: "123456" }, { ...ctx, sessionId: undefined }), {
    notApplicable: OWN_ACCOUNT,
  }),
  endOwnSessions: guarded(["anonymous"], (fn, { actor }) => fn(actor, { sessionId: "all" }, ctx), { notApplicable: OWN_ACCOUNT }),
  verifySecondFactor: {
    kind: "public",
    reason:
      "the sign-in's second step: called only with the session that passed the password (currentPendingSecondFactor); the code is the check (tests/integration/second-factor.test.ts)",
  },
  resetSecondFactor: guarded(ADMIN_ONLY, (fn, { actor, world }) => fn(actor, { userId: world.colleague.id }, ctx)),
  setOfficerSecondFactorRule: guarded(ADMIN_ONLY, (fn, { actor, world }) => fn(actor, { agencyId: world.agencyB.id, required: true }, ctx)),
  // ——— OpenID Connect sign-in (issue 25, tests/integration/oidc-sign-in.test.ts) ———
  saveOidcProvider: guarded(ADMIN_ONLY, (fn, { actor }) => fn(actor, oidcProviderInput(), ctx)),
  beginOidcSignIn: {
    kind: "public",
    reason:
      "starts a sign-in at a registered provider (anyone may); linking (`link`) is refused unless a citizen is signed in, and the provider's own login is the check",
  },
  completeOidcSignIn: {
    kind: "public",
    reason:
      "the provider's redirect back: the server-side state bound to the browser's httpOnly cookie, PKCE, and the ID token's signature, issuer, audience and nonce are the check; a link needs the citizen who started it",
  },
  endProviderSessions: {
    kind: "public",
    reason:
      "a provider's back-channel logout, server to server: its logout token's signature (the provider's published keys), issuer, audience and age are the check; tests/integration/oidc-sign-in.test.ts refuses a forged, foreign and stale token",
  },
  unlinkOwnProvider: guarded(["anonymous"], (fn, { actor }) => fn(actor, { provider: "tidak-ada", currentPassword: "bukan-sandi" }, ctx), {
    notApplicable: OWN_ACCOUNT,
  }),
  // ——— visits (issue 19) ———
  bookVisit: guarded(
    ["anonymous", "otherAgencyOfficer", "officer"],
    (fn, { actor, world }) => fn(actor, { locationSlug: world.visit.locationSlug, serviceSlug: KTP_SLUG, slotId: world.visit.otherSlotId }, ctx),
    { notApplicable: { otherCitizen: "any citizen books for themselves; no other account's record is named" } },
  ),
  joinVisitWaitlist: guarded(
    ["anonymous", "otherAgencyOfficer", "officer"],
    (fn, { actor, world }) => fn(actor, { locationSlug: world.visit.locationSlug, serviceSlug: KTP_SLUG }),
    { notApplicable: { otherCitizen: "any citizen joins the list for themselves; no other account's record is named" } },
  ),
  cancelVisit: guarded(APPLICANT_ONLY, (fn, { actor, world }) => fn(actor, world.visit.code, ctx)),
  rescheduleVisit: guarded(APPLICANT_ONLY, (fn, { actor, world }) => fn(actor, { code: world.visit.code, slotId: world.visit.otherSlotId }, ctx)),
  checkInVisit: {
    kind: "public",
    reason: "the entrance kiosk: anyone at it checks in; the kiosk's device token is the check",
    wrongSecret: {
      run: (fn, world) => fn(ANONYMOUS, { locationSlug: world.visit.locationSlug, code: world.visit.code, kioskToken: BAD_TOKEN }),
      refusedWith: ["visit.error.kioskNotActive"],
    },
  },
  issueVisitTicket: {
    kind: "public",
    reason: "the entrance kiosk hands anyone a number; the kiosk's device token is the check",
    wrongSecret: {
      run: (fn, world) => fn(ANONYMOUS, { locationSlug: world.visit.locationSlug, serviceSlug: KTP_SLUG, kioskToken: BAD_TOKEN }),
      refusedWith: ["visit.error.kioskNotActive"],
    },
  },
  activateKiosk: guarded([...STRANGERS, "owner", "supervisor"], (fn, { actor, world }) => fn(actor, { locationSlug: world.visit.locationSlug }, ctx)),
  saveVisitLocation: guarded(ADMIN_ONLY, (fn, { actor }) => fn(actor, { ...VISIT_LOCATION_INPUT, slug: `uji-matriks-${randomUUID().slice(0, 8)}` }, ctx)),
  editVisitService: guarded(ADMIN_ONLY, (fn, { actor, world }) =>
    fn(actor, { locationSlug: world.visit.locationSlug, serviceSlug: KTP_SLUG, slotMinutes: "20", capacityPerSlot: "9", ticketLetter: "Z" }, ctx),
  ),
  removeVisitService: guarded(ADMIN_ONLY, (fn, { actor, world }) => fn(actor, { locationSlug: world.visit.locationSlug, serviceSlug: KTP_SLUG }, ctx)),
  editVisitCounter: guarded(ADMIN_ONLY, (fn, { actor, world }) =>
    fn(actor, { counterId: world.visit.counterId, label: "Loket Matriks", serviceSlugs: [KTP_SLUG] }, ctx),
  ),
  removeVisitCounter: guarded(ADMIN_ONLY, (fn, { actor, world }) => fn(actor, { counterId: world.visit.counterId }, ctx)),
  sweepVisits: internal(JOB),
  closeVisitDay: guarded(ADMIN_ONLY, (fn, { actor, world }) =>
    fn(actor, { locationSlug: world.visit.locationSlug, date: "2099-12-30", reasonId: "Uji matriks", reasonEn: "Matrix test" }, ctx),
  ),
  callNextTicket: guarded(OFFICER_WORK, (fn, { actor, world }) => fn(actor, { counterId: world.visit.counterId }, ctx)),
  updateTicket: guarded(OFFICER_WORK, (fn, { actor, world }) =>
    fn(actor, { counterId: world.visit.counterId, ticketId: "no-ticket-needed-to-be-refused", version: 0, action: "serve" }, ctx),
  ),
  // ——— issue 20: fees and payment ———
  receivePayment: internal(
    "called only by a payment provider's adapter after it checked the provider's signature (lib/payments/providers/snap.ts); no actor exists, tests/integration/payments.test.ts refuses forged calls",
  ),
  recordRefusedNotification: internal("audits a provider call the adapter refused; writes nothing but the audit entry"),
  approveRefund: guarded([...STRANGERS, "officer"], (fn, { actor }) => fn(actor, "refund-unknown", ctx)),
  openReceipt: guarded(STRANGERS, (fn, { actor }) => fn(actor, "BILL-UNKNOWN", ctx)),
  verifyReceiptByCode: { kind: "public", reason: "anyone holding a receipt may check it; the answer names no person, only the bill, amount and agency" },
  verifyReceiptByFileHash: { kind: "public", reason: "anyone holding a receipt may check it; the answer names no person, only the bill, amount and agency" },
  rejectRefund: guarded([...STRANGERS, "officer", "owner"], (fn, { actor }) => fn(actor, "refund-unknown", { note: "Ditolak untuk uji matriks." }, ctx)),
  recordRefundPayout: guarded([...STRANGERS, "officer", "supervisor", "owner"], (fn, { actor }) =>
    fn(actor, "refund-unknown", { reference: "TRF-UJI-0001" }, ctx),
  ),
  requestRefund: guarded([...STRANGERS, "supervisor"], (fn, { actor }) => fn(actor, { code: "TGUNKNOWN00" }, ctx)),
  // A new payment code is the applicant's to ask for: staff never bill a citizen again, nor does anyone else.
  reissueBill: guarded([...STRANGERS, "officer", "supervisor", "admin"], (fn, { actor, world }) => fn(actor, { code: world.expiredBill }, ctx)),
  reconcileSettlement: guarded([...STRANGERS, "officer", "supervisor", "owner"], (fn, { actor }) =>
    fn(actor, { csv: "tanggal_settlement,nomor_va,kode_tagihan,jumlah,referensi_pembayaran,waktu_bayar\r\n", fileName: "uji.csv" }, ctx),
  ),
  expireBills: internal(JOB),
  continueAfterPayment: internal(`moves a case whose bill is already paid: ${JOB}, and the provider callback after a signed payment`),
};

export const AUTHORIZATION_MATRIX: Record<string, MatrixEntry> = { ...USE_CASE_MATRIX, ...SERVER_ACTION_MATRIX, ...PASSKEY_MATRIX };

/** A name in two parts would hide one of them. */
export const DOUBLY_LISTED = [USE_CASE_MATRIX, SERVER_ACTION_MATRIX, PASSKEY_MATRIX].flatMap(Object.keys).filter((name, i, all) => all.indexOf(name) !== i);
