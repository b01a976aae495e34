import { describe, expect, it } from "vitest";
import { decideReissue, replacementOf } from "./reissue";

const now = new Date("2026-12-06T10:00:00Z");
const past = new Date("2026-12-05T10:00:00Z");
const future = new Date("2026-12-07T10:00:00Z");
const first = { status: "EXPIRED" as const, expiresAt: past, trigger: "submission", round: 1 };

describe("decideReissue", () => {
  it("renews an expired bill, or an unpaid one past its expiry the sweep has not yet recorded, while the case awaits payment", () => {
    expect(decideReissue(first, [], true, now)).toEqual({ kind: "reissue" });
    expect(decideReissue({ ...first, status: "ISSUED" }, [], true, now)).toEqual({ kind: "reissue" });
  });

  it("refuses a bill still payable, paid or cancelled", () => {
    expect(decideReissue({ ...first, status: "ISSUED", expiresAt: future }, [], true, now)).toEqual({ kind: "refused", message: "bill.reissue.notExpired" });
    for (const status of ["PAID", "CANCELLED", "REFUNDED"] as const) {
      expect(decideReissue({ ...first, status }, [], true, now)).toEqual({ kind: "refused", message: "bill.reissue.notExpired" });
    }
  });

  it("refuses once the application no longer awaits payment", () => {
    expect(decideReissue(first, [], false, now)).toEqual({ kind: "refused", message: "bill.reissue.notAwaitingPayment" });
  });

  it("answers a retry with the bill's own replacement, whatever happened to the case since", () => {
    const replacement = { code: "TGNEW", trigger: "submission", round: 2 };
    expect(decideReissue(first, [replacement], false, now)).toEqual({ kind: "already", code: "TGNEW" });
  });

  it("refuses an older bill whose replacement was itself replaced, and ignores another step's bills", () => {
    const siblings = [
      { code: "TG2", trigger: "submission", round: 2 },
      { code: "TG3", trigger: "submission", round: 3 },
    ];
    expect(decideReissue(first, siblings, true, now)).toEqual({ kind: "refused", message: "bill.reissue.newerExists" });
    expect(replacementOf(first, siblings)?.code).toBe("TG3");
    expect(decideReissue(first, [{ code: "TGV", trigger: "verification", round: 2 }], true, now)).toEqual({ kind: "reissue" });
  });
});
