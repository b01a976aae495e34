import { describe, expect, it } from "vitest";
import { notificationParams, notificationText, renderNotificationEmail } from "./render";

describe("notification text in the reader's language", () => {
  const stored = notificationParams({ trackingNumber: "DUK-2026-000001", serviceName: { id: "KTP-el Baru", en: "New e-ID card" }, ignored: [1] });

  it("keeps a two-language name and drops what cannot fill a placeholder", () => {
    expect(stored).toEqual({ trackingNumber: "DUK-2026-000001", serviceName: { id: "KTP-el Baru", en: "New e-ID card" } });
  });

  it("names the service in English for an English reader (the survey invitation, issue 17 item 22)", () => {
    const notification = { messageKey: "notification.surveyInvitation", params: stored, link: "/permohonan/x/survei" };
    expect(notificationText("en", notification)).toContain("New e-ID card");
    expect(notificationText("en", notification)).not.toContain("KTP-el Baru");
    expect(notificationText("id", notification)).toContain("KTP-el Baru");
    expect(renderNotificationEmail("en", notification, "https://portal.test")?.text).toContain("New e-ID card");
  });
});
