import { describe, expect, it } from "vitest";
import { translate, type MessageKey } from "@/lib/platform/i18n/messages";
import { COMPLAINT_STATUSES, filerFacingEventType, filerFacingStatus, FILER_STATUSES } from "./workflow";

describe("what the filer is told", () => {
  it("never tells a whistleblower that the report went to an agency", () => {
    const shown = COMPLAINT_STATUSES.map((status) => filerFacingStatus("WHISTLEBLOWING", status));
    expect(shown).not.toContain("ROUTED");
    expect(shown).not.toContain("VERIFIED");
    expect(shown).not.toContain("IN_PROGRESS");
    expect(filerFacingStatus("WHISTLEBLOWING", "ROUTED")).toBe("WITH_INTEGRITY_UNIT");
    expect(filerFacingStatus("WHISTLEBLOWING", "IN_PROGRESS")).toBe("WITH_INTEGRITY_UNIT");
    expect(filerFacingStatus("WHISTLEBLOWING", "RECEIVED")).toBe("RECEIVED");
    expect(filerFacingStatus("WHISTLEBLOWING", "RESPONDED")).toBe("RESPONDED");
    expect(filerFacingStatus("WHISTLEBLOWING", "CLOSED")).toBe("CLOSED");
    expect(filerFacingStatus("WHISTLEBLOWING", "REJECTED")).toBe("REJECTED");
  });

  it("shows a complaint's filer the lifecycle as it is", () => {
    for (const status of COMPLAINT_STATUSES) expect(filerFacingStatus("COMPLAINT", status)).toBe(status);
    expect(filerFacingStatus("ASPIRATION", "ROUTED")).toBe("ROUTED");
  });

  it("words the integrity unit's steps on a whistleblower's timeline, and leaves complaints' alone", () => {
    expect(filerFacingEventType("WHISTLEBLOWING", "routed")).toBe("integrityTakenUp");
    expect(filerFacingEventType("WHISTLEBLOWING", "released")).toBe("integrityReleased");
    expect(filerFacingEventType("WHISTLEBLOWING", "responded")).toBe("responded");
    expect(filerFacingEventType("COMPLAINT", "routed")).toBe("routed");
  });

  it("has words for every status a filer can be shown, in both languages, none of them naming an agency for whistleblowing", () => {
    for (const locale of ["id", "en"] as const) {
      const words = (status: string) => translate(locale, `complaint.status.${status}` as MessageKey);
      for (const status of FILER_STATUSES) expect(words(status)).toBeTruthy();
      const whistleblowerWords = COMPLAINT_STATUSES.map((status) => words(filerFacingStatus("WHISTLEBLOWING", status)));
      for (const words of whistleblowerWords) expect(words).not.toMatch(/instansi|agency/i);
    }
  });
});
