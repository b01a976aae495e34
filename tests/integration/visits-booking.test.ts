import { describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { freeSlots, loadOffer } from "@/lib/visits/data";
import { bookVisit } from "@/lib/visits/use-cases/book-visit";
import { cancelVisit } from "@/lib/visits/use-cases/cancel-visit";
import { joinVisitWaitlist } from "@/lib/visits/use-cases/join-visit-waitlist";
import { rescheduleVisit } from "@/lib/visits/use-cases/reschedule-visit";
import { sweepVisits } from "@/lib/visits/use-cases/sweep-visits";
import { closeVisitDay } from "@/lib/visits/use-cases/close-visit-day";
import { createStaff } from "@/tests/fixtures/back-office";
import { createCitizen } from "@/tests/fixtures/applications";
import { createVisitLocation, VISIT_NOW } from "@/tests/fixtures/visits";

const ip = { ip: null };

async function slotsOf(locationSlug: string, serviceSlug = "ktp-el-baru", now = VISIT_NOW) {
  return freeSlots(db, await loadOffer(db, locationSlug, serviceSlug), now);
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => {
      if (error instanceof AppError) return error.messageKey;
      throw error;
    },
  );

describe("booking an office visit", () => {
  it("offers the open slots of the next open days, leaving the break and the walk-in share out", async () => {
    const { location } = await createVisitLocation({ capacityPerSlot: 4, walkInSharePercent: 25 });
    const slots = await slotsOf(location.slug);
    // Mon 4 March 2030, 08:00–12:00 WIB minus 10:00–10:30: 7 slots a day, 10 open days.
    expect(slots).toHaveLength(70);
    expect(slots[0]).toMatchObject({ date: "2030-03-04", free: 3 });
    expect(slots.map((slot) => slot.startsAt.toISOString())).not.toContain("2030-03-04T03:00:00.000Z");
    expect(new Set(slots.map((slot) => slot.date)).has("2030-03-09")).toBe(false); // a Saturday
  });

  it("says which free times could no longer be moved or cancelled once booked: those inside the change cutoff", async () => {
    const { location } = await createVisitLocation({ capacityPerSlot: 4 });
    // Monday 4 March 2030, 07:00 WIB; changes close 2 hours before a slot (the location's default).
    const sevenAm = new Date("2030-03-04T00:00:00Z");
    const slots = await slotsOf(location.slug, "ktp-el-baru", sevenAm);
    const final = slots.filter((slot) => !slot.changeable).map((slot) => slot.startsAt.toISOString());
    expect(final).toEqual(["2030-03-04T01:00:00.000Z", "2030-03-04T01:30:00.000Z", "2030-03-04T02:00:00.000Z"]);
    expect(slots.find((slot) => slot.startsAt.toISOString() === "2030-03-04T02:30:00.000Z")?.changeable).toBe(true);
  });

  it("never overbooks: many citizens pressing 'book' at once fill a slot exactly to capacity", async () => {
    const { location } = await createVisitLocation({ capacityPerSlot: 3 });
    const [slot] = await slotsOf(location.slug);
    const citizens = await Promise.all(Array.from({ length: 24 }, () => createCitizen()));
    const outcomes = await Promise.all(
      citizens.map((citizen) =>
        refusal(bookVisit(citizen.actor, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", slotId: slot!.id }, ip, VISIT_NOW)),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === null)).toHaveLength(3);
    expect(outcomes.filter((outcome) => outcome === "visit.error.slotFull")).toHaveLength(21);
    const row = await db.visitSlot.findUniqueOrThrow({ where: { id: slot!.id } });
    expect(row.booked).toBe(3);
    expect(await db.visitBooking.count({ where: { slotId: slot!.id } })).toBe(3);
  });

  it("lets nobody hold two active bookings for one service, even when they book several slots at once", async () => {
    const { location } = await createVisitLocation({ capacityPerSlot: 3 });
    const slots = (await slotsOf(location.slug)).slice(0, 6);
    const citizen = await createCitizen();
    const outcomes = await Promise.all(
      slots.map((slot) => refusal(bookVisit(citizen.actor, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", slotId: slot.id }, ip, VISIT_NOW))),
    );
    expect(outcomes.filter((outcome) => outcome === null)).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "visit.error.alreadyBooked")).toHaveLength(5);
    expect(await db.visitBooking.count({ where: { userId: citizen.actor.id } })).toBe(1);
    // Every losing attempt gave its place back.
    const booked = await db.visitSlot.aggregate({ where: { id: { in: slots.map((slot) => slot.id) } }, _sum: { booked: true } });
    expect(booked._sum.booked).toBe(1);
  });

  it("answers a double submit with the booking already made, and notifies once", async () => {
    const { location } = await createVisitLocation();
    const [slot] = await slotsOf(location.slug);
    const citizen = await createCitizen();
    const input = { locationSlug: location.slug, serviceSlug: "ktp-el-baru", slotId: slot!.id };
    const [first, second] = await Promise.all([bookVisit(citizen.actor, input, ip, VISIT_NOW), bookVisit(citizen.actor, input, ip, VISIT_NOW)]);
    expect(first.code).toBe(second.code);
    expect([first.alreadyHeld, second.alreadyHeld].sort()).toEqual([false, true]);
    expect(await db.notification.count({ where: { userId: citizen.actor.id, messageKey: "notification.visitBooked" } })).toBe(1);
    expect((await db.visitSlot.findUniqueOrThrow({ where: { id: slot!.id } })).booked).toBe(1);
  });

  it("refuses a past slot, a closed day and an anonymous visitor with their own messages", async () => {
    const { location } = await createVisitLocation();
    const [slot] = await slotsOf(location.slug);
    const citizen = await createCitizen();
    const input = { locationSlug: location.slug, serviceSlug: "ktp-el-baru", slotId: slot!.id };
    expect(await refusal(bookVisit(citizen.actor, input, ip, new Date(slot!.startsAt.getTime() + 60_000)))).toBe("visit.error.slotPast");
    await db.visitClosure.create({ data: { locationId: location.id, date: new Date("2030-03-04T00:00:00Z"), reasonId: "Upacara", reasonEn: "Ceremony" } });
    expect(await refusal(bookVisit(citizen.actor, input, ip, VISIT_NOW))).toBe("visit.error.slotClosed");
    expect(await refusal(bookVisit(ANONYMOUS, input, ip, VISIT_NOW))).toBe("error.unauthenticated");
    expect((await slotsOf(location.slug)).some((free) => free.date === "2030-03-04")).toBe(false);
  });

  it("cancels before the cutoff, gives the place back and offers it to the waiting list in order of joining", async () => {
    const { location } = await createVisitLocation({ capacityPerSlot: 1 });
    const [slot] = await slotsOf(location.slug);
    const [holder, firstWaiting, secondWaiting] = await Promise.all([createCitizen(), createCitizen(), createCitizen()]);
    const { code } = await bookVisit(holder.actor, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", slotId: slot!.id }, ip, VISIT_NOW);
    await joinVisitWaitlist(firstWaiting.actor, { locationSlug: location.slug, serviceSlug: "ktp-el-baru" }, new Date(VISIT_NOW.getTime() + 1000));
    await joinVisitWaitlist(secondWaiting.actor, { locationSlug: location.slug, serviceSlug: "ktp-el-baru" }, new Date(VISIT_NOW.getTime() + 2000));

    const otherCitizen = await createCitizen();
    expect(await refusal(cancelVisit(otherCitizen.actor, code, ip, VISIT_NOW))).toBe("error.notFound");
    const cutoffPassed = new Date(slot!.startsAt.getTime() - 60 * 60_000);
    expect(await refusal(cancelVisit(holder.actor, code, ip, cutoffPassed))).toBe("visit.error.pastCutoff");

    await cancelVisit(holder.actor, code, ip, VISIT_NOW);
    expect(await refusal(cancelVisit(holder.actor, code, ip, VISIT_NOW))).toBe("visit.error.notChangeable");
    expect((await db.visitSlot.findUniqueOrThrow({ where: { id: slot!.id } })).booked).toBe(0);
    expect(await db.notification.count({ where: { userId: firstWaiting.actor.id, messageKey: "notification.visitPlaceFreed" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: secondWaiting.actor.id, messageKey: "notification.visitPlaceFreed" } })).toBe(0);
    // The cancelled booking no longer counts as active: the holder may book again.
    await bookVisit(holder.actor, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", slotId: slot!.id }, ip, VISIT_NOW);
  });

  it("moves a booking to another slot keeping its code, and refuses a full one without changing anything", async () => {
    const { location } = await createVisitLocation({ capacityPerSlot: 1 });
    const [first, second, third] = await slotsOf(location.slug);
    const [citizen, other] = await Promise.all([createCitizen(), createCitizen()]);
    const { code } = await bookVisit(citizen.actor, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", slotId: first!.id }, ip, VISIT_NOW);
    await bookVisit(other.actor, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", slotId: third!.id }, ip, VISIT_NOW);
    expect(await refusal(rescheduleVisit(citizen.actor, { code, slotId: third!.id }, ip, VISIT_NOW))).toBe("visit.error.slotFull");
    await rescheduleVisit(citizen.actor, { code, slotId: second!.id }, ip, VISIT_NOW);
    const booking = await db.visitBooking.findUniqueOrThrow({ where: { code } });
    expect(booking.slotId).toBe(second!.id);
    const counts = await db.visitSlot.findMany({ where: { id: { in: [first!.id, second!.id, third!.id] } }, select: { id: true, booked: true } });
    expect(Object.fromEntries(counts.map((row) => [row.id, row.booked]))).toEqual({ [first!.id]: 0, [second!.id]: 1, [third!.id]: 1 });
  });
});

describe("the visits' sweep", () => {
  it("reminds once the day before, and expires a booking whose day passed without a check-in", async () => {
    const { location } = await createVisitLocation();
    const slots = await slotsOf(location.slug);
    const tuesday = slots.find((slot) => slot.date === "2030-03-05")!;
    const [citizen, other] = await Promise.all([createCitizen(), createCitizen()]);
    const { code } = await bookVisit(citizen.actor, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", slotId: tuesday.id }, ip, VISIT_NOW);
    const monday = slots[0]!;
    const { code: missed } = await bookVisit(other.actor, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", slotId: monday.id }, ip, VISIT_NOW);

    const mondayNoon = new Date("2030-03-04T05:00:00Z");
    await Promise.all([sweepVisits(mondayNoon), sweepVisits(mondayNoon)]);
    expect(await db.notification.count({ where: { userId: citizen.actor.id, messageKey: "notification.visitReminder" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: other.actor.id, messageKey: "notification.visitReminder" } })).toBe(0);

    await sweepVisits(new Date("2030-03-05T01:00:00Z"));
    expect(await db.visitBooking.findUniqueOrThrow({ where: { code: missed } })).toMatchObject({ status: "EXPIRED", activeKey: null });
    expect((await db.visitBooking.findUniqueOrThrow({ where: { code } })).status).toBe("BOOKED");
  });
});

describe("an ad-hoc closure", () => {
  it("closes the day for booking, cancels its bookings with a notice, and gives the places back", async () => {
    const { location } = await createVisitLocation({ capacityPerSlot: 2 });
    const slots = await slotsOf(location.slug);
    const tuesday = slots.find((slot) => slot.date === "2030-03-05")!;
    const wednesday = slots.find((slot) => slot.date === "2030-03-06")!;
    const [first, second] = await Promise.all([createCitizen(), createCitizen()]);
    const { code: closedDay } = await bookVisit(first.actor, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", slotId: tuesday.id }, ip, VISIT_NOW);
    const { code: otherDay } = await bookVisit(second.actor, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", slotId: wednesday.id }, ip, VISIT_NOW);
    const admin = await createStaff(["ADMIN"]);
    const input = { locationSlug: location.slug, date: "2030-03-05", reasonId: "Listrik padam", reasonEn: "Power cut" };
    expect(await refusal(closeVisitDay(first.actor, input, ip))).toBe("error.forbidden");
    expect(await closeVisitDay(admin, input, ip)).toEqual({ cancelled: 1 });
    expect(await closeVisitDay(admin, input, ip)).toEqual({ cancelled: 0 });
    expect((await db.visitBooking.findUniqueOrThrow({ where: { code: closedDay } })).status).toBe("CANCELLED");
    expect((await db.visitBooking.findUniqueOrThrow({ where: { code: otherDay } })).status).toBe("BOOKED");
    expect((await db.visitSlot.findUniqueOrThrow({ where: { id: tuesday.id } })).booked).toBe(0);
    expect(await db.notification.count({ where: { userId: first.actor.id, messageKey: "notification.visitClosed" } })).toBe(1);
    expect((await slotsOf(location.slug)).some((slot) => slot.date === "2030-03-05")).toBe(false);
  });
});
