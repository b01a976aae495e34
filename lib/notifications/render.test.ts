import { describe, expect, it } from "vitest";
import { momentParam, notificationParams, notificationText, renderNotificationEmail } from "./render";

// Thursday 10 December 2026, 16:00 in Jakarta (UTC+7).
const due = new Date("2026-12-10T09:00:00Z");

describe("dates in notifications", () => {
  it("writes a stored moment in the reader's language and the agency's zone", () => {
    const stored = JSON.parse(JSON.stringify({ trackingNumber: "DISDUKCAPIL-2026-000001", dueDate: momentParam(due, "Asia/Jakarta") }));
    expect(notificationParams(stored, "id").dueDate).toBe("10 Des 2026, 16.00 WIB");
    expect(notificationParams(stored, "en").dueDate).toBe("10 Dec 2026, 16:00 WIB");
    expect(notificationParams({ dueDate: momentParam(due, "Asia/Jayapura") }, "id").dueDate).toBe("10 Des 2026, 18.00 WIT");
  });

  it("keeps plain strings as they were stored, and drops what is neither text nor a moment", () => {
    expect(notificationParams({ dueDate: "12 Mei 2026", count: 3, other: { moment: "not a date", timeZone: "Asia/Jakarta" } }, "en")).toEqual({
      dueDate: "12 Mei 2026",
      count: 3,
    });
  });

  it("renders the email and the in-app text without an ISO date", () => {
    const params = notificationParams({ trackingNumber: "X-2026-000001", serviceName: "KTP-el", dueDate: momentParam(due, "Asia/Jakarta") }, "en");
    const email = renderNotificationEmail("en", { messageKey: "notification.applicationSubmitted", params, link: "/permohonan/x" }, "https://portal.example");
    expect(email?.text).toContain("Expected completion: 10 Dec 2026, 16:00 WIB.");
    expect(email?.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(notificationText("en", { messageKey: "notification.dueDateExtended", params })).toBe(
      "The deadline of application X-2026-000001 moved to 10 Dec 2026, 16:00 WIB",
    );
  });
});

describe("names in the reader's language", () => {
  const stored = { trackingNumber: "DUK-2026-000001", serviceName: { id: "KTP-el Baru", en: "New e-ID card" }, ignored: [1] };

  it("reads a two-language name in the reader's language and drops what cannot fill a placeholder", () => {
    expect(notificationParams(stored, "en")).toEqual({ trackingNumber: "DUK-2026-000001", serviceName: "New e-ID card" });
    expect(notificationParams(stored, "id")).toEqual({ trackingNumber: "DUK-2026-000001", serviceName: "KTP-el Baru" });
  });

  it("names the service in English for an English reader (the survey invitation, issue 17 item 22)", () => {
    const notification = (locale: "id" | "en") => ({
      messageKey: "notification.surveyInvitation",
      params: notificationParams(stored, locale),
      link: "/permohonan/x/survei",
    });
    expect(notificationText("en", notification("en"))).toContain("New e-ID card");
    expect(notificationText("en", notification("en"))).not.toContain("KTP-el Baru");
    expect(notificationText("id", notification("id"))).toContain("KTP-el Baru");
    expect(renderNotificationEmail("en", notification("en"), "https://portal.test")?.text).toContain("New e-ID card");
  });
});
