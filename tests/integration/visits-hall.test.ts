import { describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { freeSlots, loadOffer } from "@/lib/visits/data";
import { boardState } from "@/lib/visits/hall";
import { issueKioskToken } from "@/lib/visits/kiosk-token";
import { bookVisit } from "@/lib/visits/use-cases/book-visit";
import { callNextTicket } from "@/lib/visits/use-cases/call-next-ticket";
import { checkInVisit } from "@/lib/visits/use-cases/check-in-visit";
import { issueVisitTicket } from "@/lib/visits/use-cases/issue-visit-ticket";
import { updateTicket } from "@/lib/visits/use-cases/update-ticket";
import { dashboardVisitFigures, visitFigures } from "@/lib/visits/statistics";
import { datasetRows } from "@/lib/dashboard/open-data";
import type { DashboardView } from "@/lib/dashboard/view";
import { createCitizen } from "@/tests/fixtures/applications";
import { createOfficer } from "@/tests/fixtures/back-office";
import { createVisitLocation, VISIT_NOW } from "@/tests/fixtures/visits";

const ip = { ip: null };
const minutes = (n: number) => new Date(VISIT_NOW.getTime() + n * 60_000);
// VISIT_NOW is 03:00 WIB; the first slot starts at 08:00 (300 minutes later).
const AT_0755 = minutes(295);
const AT_0805 = minutes(305);

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => {
      if (error instanceof AppError) return error.messageKey;
      throw error;
    },
  );

async function bookedAtEight() {
  const { location, service } = await createVisitLocation({ capacityPerSlot: 3 });
  const [slot] = await freeSlots(db, await loadOffer(db, location.slug, "ktp-el-baru"), VISIT_NOW);
  const citizen = await createCitizen();
  const { code } = await bookVisit(citizen.actor, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", slotId: slot!.id }, ip, VISIT_NOW);
  return { location, service, citizen, code, kioskToken: issueKioskToken(location.id, VISIT_NOW) };
}

describe("on the day: kiosk, counter and board", () => {
  it("refuses kiosk writes without the device token, and unknown or reused codes with their own messages", async () => {
    const { location, code, kioskToken } = await bookedAtEight();
    expect(await refusal(checkInVisit(ANONYMOUS, { locationSlug: location.slug, code, kioskToken: null }, AT_0755))).toBe("visit.error.kioskNotActive");
    expect(
      await refusal(checkInVisit(ANONYMOUS, { locationSlug: location.slug, code, kioskToken: issueKioskToken("another-location", VISIT_NOW) }, AT_0755)),
    ).toBe("visit.error.kioskNotActive");
    expect(await refusal(checkInVisit(ANONYMOUS, { locationSlug: location.slug, code: "ZZZZ-ZZZZ", kioskToken }, AT_0755))).toBe("visit.error.unknownCode");
    expect(
      await refusal(
        checkInVisit(ANONYMOUS, { locationSlug: location.slug, code, kioskToken: issueKioskToken(location.id, minutes(-60 * 48)) }, minutes(-60 * 24)),
      ),
    ).toBe("visit.error.notToday");
    const ticket = await checkInVisit(ANONYMOUS, { locationSlug: location.slug, code: code.toLowerCase(), kioskToken }, AT_0755);
    expect(ticket).toMatchObject({ number: "A-001", late: false });
    expect(await refusal(checkInVisit(ANONYMOUS, { locationSlug: location.slug, code, kioskToken }, AT_0755))).toBe("visit.error.alreadyCheckedIn");
  });

  it("calls on-time bookings, then priority, then walk-ins; a served booking ends and the board shows each call", async () => {
    const { location, code, kioskToken, citizen } = await bookedAtEight();
    const officer = await createOfficer("DISDUKCAPIL");
    const [loket1] = location.counters;
    const walkIn = await issueVisitTicket(ANONYMOUS, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", kioskToken }, minutes(200));
    const priority = await issueVisitTicket(
      ANONYMOUS,
      { locationSlug: location.slug, serviceSlug: "ktp-el-baru", priorityReason: "ELDERLY", kioskToken },
      minutes(250),
    );
    const booked = await checkInVisit(ANONYMOUS, { locationSlug: location.slug, code, kioskToken }, AT_0755);
    expect([walkIn.number, priority.number, booked.number]).toEqual(["A-001", "A-002", "A-003"]);

    const order: string[] = [];
    for (const at of [AT_0805, minutes(310), minutes(315)]) {
      const called = await callNextTicket(officer, { counterId: loket1!.id }, ip, at);
      order.push(called.number);
      expect((await boardState(db, location, at)).rows.find((row) => row.counter === "Loket 1")?.number).toBe(called.number);
      const ticket = await db.visitTicket.findUniqueOrThrow({ where: { id: called.id } });
      await updateTicket(officer, { counterId: loket1!.id, ticketId: called.id, version: ticket.version, action: "serve" }, ip, at);
    }
    expect(order).toEqual([booked.number, priority.number, walkIn.number]);
    const booking = await db.visitBooking.findUniqueOrThrow({ where: { code } });
    expect(booking).toMatchObject({ status: "SERVED", activeKey: null });
    expect(booking.userId).toBe(citizen.actor.id);
  });

  it("gives two counters calling at once two different numbers, and refuses a stale action", async () => {
    const { location, kioskToken } = await bookedAtEight();
    const officer = await createOfficer("DISDUKCAPIL");
    const [loket1, loket2] = location.counters;
    await issueVisitTicket(ANONYMOUS, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", kioskToken }, minutes(200));
    await issueVisitTicket(ANONYMOUS, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", kioskToken }, minutes(201));
    const [a, b] = await Promise.all([
      callNextTicket(officer, { counterId: loket1!.id }, ip, minutes(202)),
      callNextTicket(officer, { counterId: loket2!.id }, ip, minutes(202)),
    ]);
    expect(new Set([a.number, b.number])).toEqual(new Set(["A-001", "A-002"]));
    expect(await refusal(callNextTicket(officer, { counterId: loket1!.id }, ip, minutes(203)))).toBe("visit.error.counterBusy");
    const ticket = await db.visitTicket.findUniqueOrThrow({ where: { id: a.id } });
    await updateTicket(officer, { counterId: loket1!.id, ticketId: a.id, version: ticket.version, action: "recall" }, ip, minutes(204));
    expect(await refusal(updateTicket(officer, { counterId: loket1!.id, ticketId: a.id, version: ticket.version, action: "noShow" }, ip, minutes(205)))).toBe(
      "visit.error.staleTicket",
    );
    const other = await createOfficer("POLRES");
    expect(await refusal(callNextTicket(other, { counterId: loket1!.id }, ip, minutes(206)))).toBe("error.notFound");
  });

  it("transfers a called number to another counter, where it is called next", async () => {
    const { location, kioskToken } = await bookedAtEight();
    const officer = await createOfficer("DISDUKCAPIL");
    const [loket1, loket2] = location.counters;
    await issueVisitTicket(ANONYMOUS, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", kioskToken }, minutes(200));
    await issueVisitTicket(ANONYMOUS, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", kioskToken }, minutes(201));
    const first = await callNextTicket(officer, { counterId: loket1!.id }, ip, minutes(202));
    const ticket = await db.visitTicket.findUniqueOrThrow({ where: { id: first.id } });
    await updateTicket(
      officer,
      { counterId: loket1!.id, ticketId: first.id, version: ticket.version, action: "transfer", toCounterId: loket2!.id },
      ip,
      minutes(203),
    );
    // Loket 1 may not take it back; Loket 2 calls it first.
    expect((await callNextTicket(officer, { counterId: loket1!.id }, ip, minutes(204))).number).toBe("A-002");
    expect((await callNextTicket(officer, { counterId: loket2!.id }, ip, minutes(204))).number).toBe(first.number);
  });
});

describe("the published visit figures", () => {
  it("publish waiting and service time per service, and hide what fewer than 5 visits would tell", async () => {
    const { location, kioskToken } = await bookedAtEight();
    const officer = await createOfficer("DISDUKCAPIL");
    const [loket1] = location.counters;
    for (let index = 0; index < 6; index++) {
      await issueVisitTicket(ANONYMOUS, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", kioskToken }, minutes(100 + index));
    }
    for (let index = 0; index < 6; index++) {
      const called = await callNextTicket(officer, { counterId: loket1!.id }, ip, minutes(110 + index * 20));
      const ticket = await db.visitTicket.findUniqueOrThrow({ where: { id: called.id } });
      await updateTicket(officer, { counterId: loket1!.id, ticketId: called.id, version: ticket.version, action: "serve" }, ip, minutes(115 + index * 20));
    }
    const [figures] = await visitFigures(location.id, minutes(400));
    // Waits 10, 29, 48, 67, 86, 105 minutes: median 57.5; every service took 5 minutes.
    expect(figures).toMatchObject({ serviceSlug: "ktp-el-baru", tickets: 6, medianWaitMinutes: 58, medianServiceMinutes: 5, noShowPercent: null });

    // The same figures on /transparansi and in the `kunjungan` open dataset, for the dashboard's period and scope.
    const scope = { agencyIds: [loket1!.agencyId], serviceId: null, from: "2030-03-01", to: "2030-03-31", now: minutes(400) };
    const published = (await dashboardVisitFigures({ ...scope, suppress: true })).find((row) => row.location.slug === location.slug);
    expect(published).toMatchObject({
      agencyCode: "DISDUKCAPIL",
      service: { slug: "ktp-el-baru" },
      tickets: 6,
      medianWaitMinutes: 58,
      medianServiceMinutes: 5,
    });
    // The one booking, never checked in before its day ended… is still BOOKED here: no finished booking, no rate.
    expect(published!.noShowPercent).toBeNull();
    const view = { selection: { period: { from: scope.from, to: scope.to }, agency: null, service: null }, visits: [published!] } as unknown as DashboardView;
    expect(datasetRows("kunjungan", view)).toEqual([
      {
        cakupan_instansi: "SEMUA",
        cakupan_layanan: "SEMUA",
        periode_mulai: "2030-03-01",
        periode_selesai: "2030-03-31",
        kode_lokasi: location.slug,
        nama_lokasi: location.nameId,
        kode_instansi: "DISDUKCAPIL",
        kode_layanan: "ktp-el-baru",
        nama_layanan: "KTP-el Baru (Perekaman Pertama)",
        nomor_antrean: 6,
        median_menunggu_menit: 58,
        median_layanan_menit: 5,
        tidak_hadir_persen: null,
      },
    ]);
    // Out of scope (another agency, or another month), the location is not in the table; the month before has nothing.
    const polres = await db.agency.findUniqueOrThrow({ where: { code: "POLRES" } });
    expect((await dashboardVisitFigures({ ...scope, agencyIds: [polres.id], suppress: true })).some((row) => row.location.slug === location.slug)).toBe(false);
    const february = (await dashboardVisitFigures({ ...scope, from: "2030-02-01", to: "2030-02-28", suppress: true })).find(
      (row) => row.location.slug === location.slug,
    );
    expect(february).toMatchObject({ tickets: 0, medianWaitMinutes: null });
  });

  it("hide small numbers from the public and show supervisors the exact ones", async () => {
    const { location, kioskToken } = await bookedAtEight();
    const officer = await createOfficer("DISDUKCAPIL");
    const [loket1] = location.counters;
    for (let index = 0; index < 3; index++) {
      await issueVisitTicket(ANONYMOUS, { locationSlug: location.slug, serviceSlug: "ktp-el-baru", kioskToken }, minutes(100 + index));
      const called = await callNextTicket(officer, { counterId: loket1!.id }, ip, minutes(110 + index * 20));
      const ticket = await db.visitTicket.findUniqueOrThrow({ where: { id: called.id } });
      await updateTicket(officer, { counterId: loket1!.id, ticketId: called.id, version: ticket.version, action: "serve" }, ip, minutes(112 + index * 20));
    }
    const scope = { agencyIds: null, serviceId: null, from: "2030-03-04", to: "2030-03-04", now: minutes(400) };
    const row = async (suppress: boolean) => (await dashboardVisitFigures({ ...scope, suppress })).find((each) => each.location.slug === location.slug);
    expect(await row(true)).toMatchObject({ tickets: "<5", medianWaitMinutes: null, medianServiceMinutes: null, noShowPercent: null });
    // Waits 10, 29 and 48 minutes (each ticket issued a minute after the last, called 20 minutes apart).
    expect(await row(false)).toMatchObject({ tickets: 3, medianWaitMinutes: 29, medianServiceMinutes: 2 });
  });
});
