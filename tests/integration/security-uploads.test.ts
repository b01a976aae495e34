import { removeUploadDir } from "@/tests/fixtures/upload-dir";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDocument } from "@/lib/applications/use-cases/open-document";
import { uploadDocument } from "@/lib/applications/use-cases/upload-document";
import { openComplaintAttachment } from "@/lib/complaints/use-cases/open-attachment";
import { db } from "@/lib/platform/db";
import { createCitizen, readAll, rejectionOf, startDraft, type TestCitizen } from "@/tests/fixtures/applications";
import { file, signedInFiler } from "@/tests/fixtures/complaints";
import { ascii } from "@/tests/fixtures/documents";

/** Issue 9, item 7: uploaded images are stored re-encoded, without metadata or hidden payloads. */

afterAll(removeUploadDir);

const ip = { ip: null };
const APPENDED_HTML = "<html><body><script>fetch('/api/me').then(r=>r.text()).then(alert)</script></body></html>";
// A local file header: what makes unzip (and some browsers' sniffers) treat the file as an archive.
const APPENDED_ZIP = "PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000payload.html";

/** A real photo as a phone makes it: EXIF with the camera and where it was taken (Jakarta). */
async function jpegWithGps(): Promise<Uint8Array> {
  const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#3366aa" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "KameraRahasia", Model: "SN-4711" },
      IFD3: { GPSLatitudeRef: "S", GPSLatitude: "6/1 10/1 30/1", GPSLongitudeRef: "E", GPSLongitude: "106/1 49/1 0/1" },
    })
    .toBuffer();
  expect((await sharp(bytes).metadata()).exif).toBeDefined();
  return new Uint8Array(bytes);
}

const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const contains = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, "latin1"));

let citizen: TestCitizen;
let applicationId: string;

beforeAll(async () => {
  citizen = await createCitizen();
  applicationId = (await startDraft(citizen.actor)).id;
});

async function uploadAndRead(fileName: string, bytes: Uint8Array) {
  const document = await uploadDocument(citizen.actor, { applicationId, fieldKey: "familyCardScan", fileName, bytes }, ip);
  const opened = await openDocument(citizen.actor, document.id, ip);
  const stored = await readAll(opened.body);
  const row = await db.document.findUniqueOrThrow({ where: { id: document.id } });
  return { document, opened, stored, row };
}

describe("uploaded images are re-encoded", () => {
  it("strips EXIF, including the GPS position and the camera, and the row describes the stored bytes", async () => {
    const original = await jpegWithGps();
    const { stored, row, opened } = await uploadAndRead("foto kk.jpg", original);
    const metadata = await sharp(stored).metadata();
    expect(metadata.format).toBe("jpeg");
    expect(metadata.exif).toBeUndefined();
    expect(metadata).toMatchObject({ width: 64, height: 48 });
    expect(contains(stored, "KameraRahasia")).toBe(false);
    expect(row.sizeBytes).toBe(stored.length);
    expect(opened.mimeType).toBe("image/jpeg");
  });

  it("drops HTML and ZIP payloads appended to a JPEG (a polyglot)", async () => {
    const polyglot = concat(await jpegWithGps(), ascii(APPENDED_HTML), ascii(APPENDED_ZIP));
    const { stored } = await uploadAndRead("kk.jpg", polyglot);
    expect(contains(stored, "<script")).toBe(false);
    expect(contains(stored, "PK\u0003\u0004")).toBe(false);
    expect((await sharp(stored).metadata()).format).toBe("jpeg");
  });

  it("drops a payload appended to a PNG, and text chunks inside it", async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 4, background: "#ff000080" } })
      .png()
      .withMetadata({ exif: { IFD0: { Copyright: "RahasiaPNG" } } })
      .toBuffer();
    const { stored } = await uploadAndRead("kk.png", concat(new Uint8Array(png), ascii(APPENDED_HTML)));
    expect((await sharp(stored).metadata()).format).toBe("png");
    expect(contains(stored, "RahasiaPNG")).toBe(false);
    expect(contains(stored, "<script")).toBe(false);
  });

  it("refuses an image whose header is right but whose body is not a picture, with a translated message", async () => {
    const fake = concat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]), ascii(APPENDED_HTML));
    const error = await rejectionOf(uploadDocument(citizen.actor, { applicationId, fieldKey: "familyCardScan", fileName: "kk.jpg", bytes: fake }, ip));
    expect(error).toMatchObject({ code: "INVALID", fieldErrors: { familyCardScan: ["upload.imageUnreadable"] } });
  });

  it("refuses an oversized file before storing anything", async () => {
    const huge = concat(await jpegWithGps(), new Uint8Array(6 * 1024 * 1024));
    const error = await rejectionOf(uploadDocument(citizen.actor, { applicationId, fieldKey: "familyCardScan", fileName: "besar.jpg", bytes: huge }, ip));
    expect(error).toMatchObject({ code: "INVALID", fieldErrors: { familyCardScan: ["upload.tooLarge"] } });
  });

  it("sanitises the file name shown and used for downloads", async () => {
    const { row } = await uploadAndRead("../../etc/passwd\u202egpj.exe .jpg", await jpegWithGps());
    expect(row.fileName).not.toMatch(/[/\\\u202e]/);
    expect(row.fileName.endsWith(".jpg")).toBe(true);
  });

  it("complaint attachments are re-encoded the same way", async () => {
    const receipt = await file(
      citizen.actor,
      { identityMode: "CONFIDENTIAL" },
      {
        files: [{ fileName: "bukti.jpg", bytes: concat(await jpegWithGps(), ascii(APPENDED_HTML)) }],
      },
    );
    const attachment = await db.document.findFirstOrThrow({ where: { complaintId: receipt.id } });
    const opened = await openComplaintAttachment(signedInFiler(citizen.actor), attachment.id, ip);
    const stored = await readAll(opened.body);
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    expect(contains(stored, "<script")).toBe(false);
    expect(attachment.sizeBytes).toBe(stored.length);
  });
});
