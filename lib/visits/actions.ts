"use server";
import { cookies } from "next/headers";
import { runFormAction } from "@/lib/auth/action-runner";
import { env } from "@/lib/platform/env";
import type { FormState } from "@/lib/platform/form-state";
import type { LocalizedText } from "@/lib/platform/i18n/localized";
import { KIOSK_COOKIE, KIOSK_TOKEN_DAYS } from "./kiosk-token";
import { activateKiosk } from "./use-cases/activate-kiosk";
import { bookVisit } from "./use-cases/book-visit";
import { callNextTicket } from "./use-cases/call-next-ticket";
import { cancelVisit } from "./use-cases/cancel-visit";
import { checkInVisit } from "./use-cases/check-in-visit";
import { closeVisitDay } from "./use-cases/close-visit-day";
import { editVisitCounter } from "./use-cases/edit-visit-counter";
import { editVisitService } from "./use-cases/edit-visit-service";
import { issueVisitTicket } from "./use-cases/issue-visit-ticket";
import { joinVisitWaitlist } from "./use-cases/join-visit-waitlist";
import { removeVisitCounter } from "./use-cases/remove-visit-counter";
import { removeVisitService } from "./use-cases/remove-visit-service";
import { rescheduleVisit } from "./use-cases/reschedule-visit";
import { saveVisitLocation } from "./use-cases/save-visit-location";
import { updateTicket } from "./use-cases/update-ticket";

/** Booking: the slot form's post; success shows the booking with its QR code. */
export async function bookVisitAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, values, context }) =>
      bookVisit(
        actor,
        { locationSlug: values.locationSlug ?? "", serviceSlug: values.serviceSlug ?? "", slotId: values.slotId ?? "", applicationId: values.applicationId },
        context,
      ),
    { onSuccess: (booked) => `/kunjungan/${booked.code}?hasil=dipesan`, signInReturnPath: "/kunjungan" },
  );
}

export async function rescheduleVisitAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, values, context }) => rescheduleVisit(actor, { code: values.code ?? "", slotId: values.slotId ?? "" }, context), {
    onSuccess: (moved) => `/kunjungan/${moved.code}?hasil=dipindah`,
  });
}

export async function cancelVisitAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, values, context }) => cancelVisit(actor, values.code ?? "", context), {
    onSuccess: (cancelled) => `/kunjungan/${cancelled.code}?hasil=dibatalkan`,
  });
}

export async function joinVisitWaitlistAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, values }) => joinVisitWaitlist(actor, { locationSlug: values.locationSlug ?? "", serviceSlug: values.serviceSlug ?? "" }),
    {
      onSuccess: (_joined, values) =>
        `/kunjungan?layanan=${encodeURIComponent(values.serviceSlug ?? "")}&lokasi=${encodeURIComponent(values.locationSlug ?? "")}&hasil=daftar-tunggu`,
    },
  );
}

// ——— The entrance kiosk: public page, writes need the device token in the kiosk's cookie ———

export type KioskTicketView = { number: string; ahead: number; late: boolean; service: LocalizedText };
export type KioskFormState = FormState & { ticket?: KioskTicketView };

async function kioskToken(): Promise<string | null> {
  return (await cookies()).get(KIOSK_COOKIE)?.value ?? null;
}

const ticketState = (ticket: { number: string; ahead: number; late: boolean; serviceName: LocalizedText }): KioskFormState => ({
  values: {},
  fieldErrors: {},
  ticket: { number: ticket.number, ahead: ticket.ahead, late: ticket.late, service: ticket.serviceName },
});

export async function checkInVisitAction(_previous: KioskFormState, formData: FormData): Promise<KioskFormState> {
  const token = await kioskToken();
  return runFormAction<Awaited<ReturnType<typeof checkInVisit>>, KioskFormState>(
    formData,
    ({ actor, values }) => checkInVisit(actor, { locationSlug: values.locationSlug ?? "", code: values.code ?? "", kioskToken: token }),
    { onSuccess: ticketState },
  );
}

export async function issueVisitTicketAction(_previous: KioskFormState, formData: FormData): Promise<KioskFormState> {
  const token = await kioskToken();
  return runFormAction<Awaited<ReturnType<typeof issueVisitTicket>>, KioskFormState>(
    formData,
    ({ actor, values }) =>
      issueVisitTicket(actor, {
        locationSlug: values.locationSlug ?? "",
        serviceSlug: values.serviceSlug ?? "",
        priorityReason: values.line === "PRIORITY" ? (values.priorityReason ?? "") : undefined,
        kioskToken: token,
      }),
    { onSuccess: ticketState },
  );
}

/** Staff turn this browser into the location's kiosk (an httpOnly cookie scoped to the location's pages). */
export async function activateKioskAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    async ({ actor, values, context }) => {
      const { token } = await activateKiosk(actor, { locationSlug: values.locationSlug ?? "" }, context);
      (await cookies()).set(KIOSK_COOKIE, token, {
        httpOnly: true,
        sameSite: "lax",
        secure: env().PUBLIC_URL.startsWith("https://"),
        path: `/antrean/${values.locationSlug}`,
        maxAge: KIOSK_TOKEN_DAYS * 86_400,
      });
      return values.locationSlug ?? "";
    },
    { onSuccess: (slug) => `/antrean/${slug}/kios` },
  );
}

// ——— The counter officer ———

export async function callNextTicketAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, values, context }) => callNextTicket(actor, { counterId: values.counterId ?? "" }, context), {
    onSuccess: (_called, values) => `/petugas/loket?loket=${encodeURIComponent(values.counterId ?? "")}`,
  });
}

export async function updateTicketAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, values, context }) =>
      updateTicket(
        actor,
        {
          counterId: values.counterId ?? "",
          ticketId: values.ticketId ?? "",
          version: values.version ?? "",
          action: values.action ?? "",
          toCounterId: values.toCounterId,
        },
        context,
      ),
    { onSuccess: (_done, values) => `/petugas/loket?loket=${encodeURIComponent(values.counterId ?? "")}` },
  );
}

// ——— Admin ———

export async function saveVisitLocationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const weekdays = formData.getAll("weekdays").map(String);
  return runFormAction(
    formData,
    ({ actor, values, context }) =>
      saveVisitLocation(
        actor,
        {
          slug: values.slug ?? "",
          nameId: values.nameId ?? "",
          nameEn: values.nameEn ?? "",
          address: values.address ?? "",
          timezone: (values.timezone ?? "") as "Asia/Jakarta",
          weekdays: weekdays as "1"[],
          opens: values.opens ?? "",
          closes: values.closes ?? "",
          breakFrom: values.breakFrom ?? "",
          breakTo: values.breakTo ?? "",
          walkInSharePercent: values.walkInSharePercent ?? "",
          serviceSlug: values.serviceSlug ?? "",
          slotMinutes: values.slotMinutes ?? "",
          capacityPerSlot: values.capacityPerSlot ?? "",
          ticketLetter: values.ticketLetter ?? "",
          counterLabels: values.counterLabels ?? "",
        },
        context,
      ),
    {
      onSuccess: (location) => `/petugas/admin/kunjungan?tersimpan=${location.slug}`,
      values: { ...Object.fromEntries(formData.entries() as Iterable<[string, string]>), weekdays: weekdays.join(",") },
    },
  );
}

export async function closeVisitDayAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, values, context }) =>
      closeVisitDay(
        actor,
        { locationSlug: values.locationSlug ?? "", date: values.date ?? "", reasonId: values.reasonId ?? "", reasonEn: values.reasonEn ?? "" },
        context,
      ),
    { onSuccess: "/petugas/admin/kunjungan?ditutup=1" },
  );
}

/** The offer is chosen as "<location slug>/<service slug>" from one list. */
export async function editVisitServiceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, values, context }) => {
      const [locationSlug = "", serviceSlug = ""] = (values.offer ?? "").split("/");
      return editVisitService(
        actor,
        {
          locationSlug,
          serviceSlug,
          slotMinutes: values.slotMinutes ?? "",
          capacityPerSlot: values.capacityPerSlot ?? "",
          ticketLetter: values.ticketLetter ?? "",
        },
        context,
      );
    },
    { onSuccess: (edited) => `/petugas/admin/kunjungan?tersimpan=${edited.locationSlug}` },
  );
}

export async function removeVisitServiceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ({ actor, values, context }) => removeVisitService(actor, { locationSlug: values.locationSlug ?? "", serviceSlug: values.serviceSlug ?? "" }, context),
    { onSuccess: (removed) => `/petugas/admin/kunjungan?tersimpan=${removed.locationSlug}` },
  );
}

export async function editVisitCounterAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const serviceSlugs = formData.getAll("serviceSlugs").map(String);
  return runFormAction(
    formData,
    ({ actor, values, context }) => editVisitCounter(actor, { counterId: values.counterId ?? "", label: values.label ?? "", serviceSlugs }, context),
    {
      onSuccess: (edited) => `/petugas/admin/kunjungan?tersimpan=${edited.locationSlug}`,
      values: { ...Object.fromEntries(formData.entries() as Iterable<[string, string]>), serviceSlugs: serviceSlugs.join(",") },
    },
  );
}

export async function removeVisitCounterAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, ({ actor, values, context }) => removeVisitCounter(actor, { counterId: values.counterId ?? "" }, context), {
    onSuccess: (removed) => `/petugas/admin/kunjungan?tersimpan=${removed.locationSlug}`,
  });
}
