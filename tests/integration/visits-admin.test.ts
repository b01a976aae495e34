import { beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { freeSlots, loadOffer } from "@/lib/visits/data";
import { issueKioskToken } from "@/lib/visits/kiosk-token";
import { activateKiosk } from "@/lib/visits/use-cases/activate-kiosk";
import { bookVisit } from "@/lib/visits/use-cases/book-visit";
import { cancelVisit } from "@/lib/visits/use-cases/cancel-visit";
import { checkInVisit } from "@/lib/visits/use-cases/check-in-visit";
import { closeVisitDay } from "@/lib/visits/use-cases/close-visit-day";
import { editVisitCounter } from "@/lib/visits/use-cases/edit-visit-counter";
import { editVisitService } from "@/lib/visits/use-cases/edit-visit-service";
import { removeVisitCounter } from "@/lib/visits/use-cases/remove-visit-counter";
import { removeVisitService } from "@/lib/visits/use-cases/remove-visit-service";
import { createCitizen, startDraft, submittedApplication, type UserActor } from "@/tests/fixtures/applications";
import { createStaff } from "@/tests/fixtures/back-office";
import { createVisitLocation, VISIT_NOW } from "@/tests/fixtures/visits";

const ip = { ip: "203.0.113.19" };
const KTP = "ktp-el-baru";
const minutes = (n: number) => new Date(VISIT_NOW.getTime() + n * 60_000);

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => {
      if (error instanceof AppError) return error.messageKey;
      throw error;
    },
  );

let admin: UserActor;
beforeAll(async () => {
  admin = await createStaff(["ADMIN"]);
});

async function slotsOf(locationSlug: string, now = VISIT_NOW) {
  return freeSlots(db, await loadOffer(db, locationSlug, KTP), now);
}

async function bookFirst(locationSlug: string) {
  const [slot] = await slotsOf(locationSlug);
  const citizen = await createCitizen();
  const { code } = await bookVisit(citizen.actor, { locationSlug, serviceSlug: KTP, slotId: slot!.id }, ip, VISIT_NOW);
  return { citizen, code, slot: slot! };
}

describe("the admin changes a service's slot length and capacity", () => {
  it("keeps booked visits at their time; free slots follow the new length; capacity never drops below what is booked", async () => {
    const { location } = await createVisitLocation({ capacityPerSlot: 3 });
    const { code, slot } = await bookFirst(location.slug);
    await editVisitService(admin, { locationSlug: location.slug, serviceSlug: KTP, slotMinutes: "20", capacityPerSlot: "1", ticketLetter: "k" }, ip, VISIT_NOW);

    const offer = await db.visitService.findFirstOrThrow({ where: { locationId: location.id } });
    expect(offer).toMatchObject({ slotMinutes: 20, capacityPerSlot: 1, ticketLetter: "K" });
    const booking = await db.visitBooking.findUniqueOrThrow({ where: { code }, include: { slot: true } });
    expect(booking.slot.id).toBe(slot.id);
    expect(booking.slot.startsAt).toEqual(slot.startsAt);
    expect(booking.slot).toMatchObject({ capacity: 1, booked: 1 });
    expect(booking.slot.endsAt.getTime() - booking.slot.startsAt.getTime()).toBe(20 * 60_000);

    const slots = await slotsOf(location.slug);
    // 08:00–12:00 minus 10:00–10:30 in 20-minute slots: 08:00 is full (its one place is booked), 08:20 is free.
    expect(slots[0]!.startsAt.getTime() - slot.startsAt.getTime()).toBe(20 * 60_000);
    expect(slots.every((free) => free.endsAt.getTime() - free.startsAt.getTime() === 20 * 60_000)).toBe(true);
    expect(slots[0]!.free).toBe(1);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "visit.serviceEdited", entityId: location.id } });
    expect(audit.chain).toBe((await db.service.findUniqueOrThrow({ where: { slug: KTP } })).agencyId);
  });

  it("refuses an unknown offer and bad values by name", async () => {
    const { location } = await createVisitLocation();
    expect(
      await refusal(
        editVisitService(admin, { locationSlug: location.slug, serviceSlug: "skck", slotMinutes: "20", capacityPerSlot: "2", ticketLetter: "A" }, ip),
      ),
    ).toBe("visit.error.unknownOffer");
    const error = await editVisitService(
      admin,
      { locationSlug: location.slug, serviceSlug: KTP, slotMinutes: "3", capacityPerSlot: "0", ticketLetter: "AB" },
      ip,
    ).catch((caught: unknown) => caught as AppError);
    expect((error as AppError).fieldErrors).toEqual({
      slotMinutes: ["visit.admin.slotMinutes"],
      capacityPerSlot: ["visit.admin.capacity"],
      ticketLetter: ["visit.admin.letter"],
    });
  });
});

describe("the admin edits and removes counters", () => {
  it("renames a counter and refuses a label already used at the location", async () => {
    const { location } = await createVisitLocation();
    const [loket1, loket2] = location.counters;
    await editVisitCounter(admin, { counterId: loket1!.id, label: "Loket Perekaman", serviceSlugs: [KTP] }, ip);
    expect((await db.visitCounter.findUniqueOrThrow({ where: { id: loket1!.id } })).label).toBe("Loket Perekaman");
    expect(await refusal(editVisitCounter(admin, { counterId: loket2!.id, label: "Loket Perekaman", serviceSlugs: [KTP] }, ip))).toBe(
      "visit.admin.counterLabelTaken",
    );
    expect(await refusal(editVisitCounter(admin, { counterId: loket2!.id, label: "Loket 2", serviceSlugs: ["skck"] }, ip))).toBe("error.invalidInput");
  });

  it("refuses to remove a counter serving a number, or the last counter for a service someone is booked for; otherwise deactivates it", async () => {
    const { location } = await createVisitLocation();
    const [loket1, loket2] = location.counters;
    const { code } = await bookFirst(location.slug);
    const kioskToken = issueKioskToken(location.id, VISIT_NOW);
    await checkInVisit(ANONYMOUS, { locationSlug: location.slug, code, kioskToken }, minutes(295));
    // Loket 1 has the number at its counter (what "call next" leaves behind).
    await db.visitTicket.updateMany({ where: { locationId: location.id }, data: { status: "CALLED", counterId: loket1!.id, calledAt: minutes(300) } });
    expect(await refusal(removeVisitCounter(admin, { counterId: loket1!.id }, ip))).toBe("visit.error.counterInUse");

    // Loket 2 may go: Loket 1 still serves KTP-el.
    expect(await removeVisitCounter(admin, { counterId: loket2!.id }, ip)).toMatchObject({ alreadyRemoved: false });
    expect(await removeVisitCounter(admin, { counterId: loket2!.id }, ip)).toMatchObject({ alreadyRemoved: true });
    expect((await db.visitCounter.findUniqueOrThrow({ where: { id: loket2!.id } })).active).toBe(false);

    // Served, the number leaves Loket 1; but a booking still waits for KTP-el and Loket 1 is now the last counter serving it.
    await db.visitTicket.updateMany({ where: { locationId: location.id }, data: { status: "SERVED", finishedAt: minutes(310) } });
    await db.visitBooking.updateMany({ where: { code }, data: { status: "SERVED", activeKey: null } });
    const next = await bookFirst(location.slug);
    expect(await refusal(removeVisitCounter(admin, { counterId: loket1!.id }, ip))).toBe("visit.error.serviceWouldBeUnserved");
    expect(await refusal(editVisitCounter(admin, { counterId: loket1!.id, label: "Loket 1", serviceSlugs: [] }, ip))).toBe("error.invalidInput");

    // Once nobody is coming, the last counter may go too; the audit entry is in Disdukcapil's chain.
    await cancelVisit(next.citizen.actor, next.code, ip, VISIT_NOW);
    await removeVisitCounter(admin, { counterId: loket1!.id }, ip);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "visit.counterRemoved", entityId: loket1!.id } });
    expect(audit.chain).toBe(loket1!.agencyId);
  });
});

describe("the admin takes a service off a location", () => {
  it("is refused while someone is booked, and afterwards removes the offer and leaves counters serving nothing inactive", async () => {
    const { location } = await createVisitLocation();
    const { citizen, code } = await bookFirst(location.slug);
    expect(await refusal(removeVisitService(admin, { locationSlug: location.slug, serviceSlug: KTP }, ip, VISIT_NOW))).toBe("visit.error.serviceInUse");
    await cancelVisit(citizen.actor, code, ip, VISIT_NOW);
    expect(await removeVisitService(admin, { locationSlug: location.slug, serviceSlug: KTP }, ip, VISIT_NOW)).toMatchObject({ alreadyRemoved: false });
    expect(await removeVisitService(admin, { locationSlug: location.slug, serviceSlug: KTP }, ip, VISIT_NOW)).toMatchObject({ alreadyRemoved: true });
    expect(await db.visitService.count({ where: { locationId: location.id } })).toBe(0);
    expect(await db.visitCounter.findMany({ where: { locationId: location.id }, select: { active: true, serviceIds: true } })).toEqual([
      { active: false, serviceIds: [] },
      { active: false, serviceIds: [] },
    ]);
    // The cancelled booking keeps its slot row; nothing can be booked any more.
    expect(await db.visitBooking.count({ where: { code } })).toBe(1);
    expect(await refusal(slotsOf(location.slug))).toBe("visit.error.unknownOffer");
  });
});

describe("a visit booked from its application", () => {
  it("is tied to a submitted application of the citizen's own, and refused for a draft", async () => {
    const { location } = await createVisitLocation();
    const [first, second] = await slotsOf(location.slug);
    const citizen = await createCitizen();
    const draft = await startDraft(citizen.actor);
    expect(
      await refusal(bookVisit(citizen.actor, { locationSlug: location.slug, serviceSlug: KTP, slotId: first!.id, applicationId: draft.id }, ip, VISIT_NOW)),
    ).toBe("visit.error.applicationNotOpen");
    const submitted = await submittedApplication(citizen);
    const other = await createCitizen();
    expect(
      await refusal(bookVisit(other.actor, { locationSlug: location.slug, serviceSlug: KTP, slotId: second!.id, applicationId: submitted.id }, ip, VISIT_NOW)),
    ).toBe("error.notFound");
    const { code } = await bookVisit(
      citizen.actor,
      { locationSlug: location.slug, serviceSlug: KTP, slotId: first!.id, applicationId: submitted.id },
      ip,
      VISIT_NOW,
    );
    expect((await db.visitBooking.findUniqueOrThrow({ where: { code } })).applicationId).toBe(submitted.id);
  });
});

describe("visit audit entries", () => {
  it("extend the agency's chain: the booking's service's agency, and each agency at the location for a location-wide act", async () => {
    const { location, service } = await createVisitLocation();
    const { code } = await bookFirst(location.slug);
    const booking = await db.visitBooking.findUniqueOrThrow({ where: { code } });
    await checkInVisit(ANONYMOUS, { locationSlug: location.slug, code, kioskToken: issueKioskToken(location.id, VISIT_NOW) }, minutes(295));
    await activateKiosk(admin, { locationSlug: location.slug }, ip, VISIT_NOW);
    await closeVisitDay(admin, { locationSlug: location.slug, date: "2030-03-05", reasonId: "Pemadaman listrik", reasonEn: "Power cut" }, ip);
    const entries = await db.auditEvent.findMany({
      where: { OR: [{ entityId: booking.id }, { entityId: location.id, action: { in: ["visit.kioskActivated", "visit.dayClosed"] } }] },
      select: { action: true, chain: true },
    });
    expect(entries.map((entry) => entry.action).sort()).toEqual(["visit.booked", "visit.checkedIn", "visit.dayClosed", "visit.kioskActivated"]);
    expect(new Set(entries.map((entry) => entry.chain))).toEqual(new Set([service.agencyId]));
  });
});
