import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/errors";
import { translate } from "@/lib/platform/i18n/messages";
import { brandText, forgetPortalSettings, loadPortalSettings } from "@/lib/platform/portal-settings";
import { updatePortalSettings } from "@/lib/settings/use-cases/update-portal-settings";
import { actorFor, type UserActor } from "@/tests/fixtures/applications";

// The settings are global: every version this file writes is removed again, so other files see the seed's.
const context = { ip: "203.0.113.24" };
let admin: UserActor;
let citizen: UserActor;
let startVersion: number;

beforeAll(async () => {
  admin = await actorFor({ email: "admin@harapanjaya.go.id" });
  citizen = await actorFor({ email: "siti.rahayu@warga.test" });
  startVersion = (await db.portalSettingsVersion.aggregate({ _max: { version: true } }))._max.version ?? 0;
});

afterAll(async () => {
  await db.portalSettingsVersion.deleteMany({ where: { version: { gt: startVersion } } });
  await db.portalLogo.deleteMany({ where: { versions: { none: {} } } });
  forgetPortalSettings();
});

const currentVersion = async () => (await db.portalSettingsVersion.aggregate({ _max: { version: true } }))._max.version ?? 0;

const input = async (overrides: Record<string, string> = {}) => ({
  revision: String(await currentVersion()),
  portalName: "Layanan Terpadu Kabupaten Uji",
  governmentNameId: "Pemerintah Kabupaten Uji",
  governmentNameEn: "Uji Regency Government",
  colorHeader: "#1f3d2b",
  colorAction: "#1b5e20",
  contactEmail: "layanan@ujikab.go.id",
  contactPhone: "(0361) 555-0101",
  contactAddress: "Jl. Uji No. 1",
  timezone: "Asia/Makassar",
  ...overrides,
});

async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("portal settings (issue 24)", () => {
  it("an admin's save becomes the next version, in force at once, with an audit entry naming what changed", async () => {
    const before = await currentVersion();
    const { version } = await updatePortalSettings(admin, await input(), null, context);
    expect(version).toBe(before + 1);
    const settings = await loadPortalSettings();
    expect(settings).toMatchObject({ version, portalName: "Layanan Terpadu Kabupaten Uji", colorAction: "#1b5e20", timezone: "Asia/Makassar" });
    expect(settings.contact.email).toBe("layanan@ujikab.go.id");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "portalSettings.updated", entityId: String(version) } });
    expect(audit).toMatchObject({ actorId: admin.id, actorRole: "ADMIN", ip: context.ip });
    expect((audit.data as { changed: string[] }).changed).toEqual(expect.arrayContaining(["portalName", "colorHeader", "timezone"]));
    // Text that names the product names the portal instead: pages and emails alike.
    expect(brandText(translate("id", "auth.signInTitle"), settings.portalName)).toBe("Masuk ke Layanan Terpadu Kabupaten Uji");
  });

  it("a double submit or a form opened on an older version is refused as stale, and writes nothing", async () => {
    const form = await input({ portalName: "Pertama" });
    await updatePortalSettings(admin, form, null, context);
    const count = await db.portalSettingsVersion.count();
    const error = await refusal(updatePortalSettings(admin, { ...form, portalName: "Kedua" }, null, context));
    expect(error).toMatchObject({ code: "CONFLICT", messageKey: "settings.error.stale" });
    expect(await db.portalSettingsVersion.count()).toBe(count);
    expect((await loadPortalSettings()).portalName).toBe("Pertama");
  });

  it("refuses a colour under WCAG AA, naming the ratio, and keeps the settings in force", async () => {
    const count = await db.portalSettingsVersion.count();
    const error = await refusal(updatePortalSettings(admin, await input({ colorAction: "#8ab4f8" }), null, context));
    expect(error.fieldErrors).toEqual({ colorAction: ["settings.error.contrast.colorAction"] });
    expect(Number(error.fieldParams.colorAction!.ratio)).toBeLessThan(4.5);
    expect(translate("en", "settings.error.contrast.colorAction", { ...error.fieldParams.colorAction, field: "button colour" })).toMatch(
      /^The button colour has a contrast of only 1\.93:1 .* at least 4\.5:1/,
    );
    expect(await db.portalSettingsVersion.count()).toBe(count);
  });

  it("refuses an SVG logo with a script, and stores a PNG re-encoded without what was appended to it", async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const error = await refusal(updatePortalSettings(admin, await input(), svg, context));
    expect(error.fieldErrors).toEqual({ logo: ["settings.error.svg.script"] });
    // With a refused colour too, both are named at once.
    const both = await refusal(updatePortalSettings(admin, await input({ colorHeader: "#ffcc00" }), svg, context));
    expect(both.fieldErrors).toEqual({ colorHeader: ["settings.error.contrast.colorHeader"], logo: ["settings.error.svg.script"] });

    const png = await sharp({ create: { width: 800, height: 400, channels: 3, background: "#063a6e" } })
      .png()
      .toBuffer();
    const withTrailer = new Uint8Array(Buffer.concat([png, Buffer.from("<html><script>alert(1)</script></html>")]));
    await updatePortalSettings(admin, await input(), withTrailer, context);
    const { logo } = await loadPortalSettings();
    expect(logo?.mimeType).toBe("image/png");
    const stored = await db.portalLogo.findUniqueOrThrow({ where: { id: logo!.id } });
    expect(Buffer.from(stored.bytes).includes("<script>")).toBe(false);
    expect(await sharp(stored.bytes).metadata()).toMatchObject({ format: "png", height: 256, width: 512 });

    // The next save keeps the logo unless told to remove it.
    await updatePortalSettings(admin, await input(), null, context);
    expect((await loadPortalSettings()).logo?.id).toBe(logo!.id);
    await updatePortalSettings(admin, await input({ removeLogo: "on" }), null, context);
    expect((await loadPortalSettings()).logo).toBeNull();
  });

  it("is the admin's alone", async () => {
    const count = await db.portalSettingsVersion.count();
    const error = await refusal(updatePortalSettings(citizen, await input(), null, context));
    expect(error.code).toBe("FORBIDDEN");
    expect(await db.portalSettingsVersion.count()).toBe(count);
  });
});
