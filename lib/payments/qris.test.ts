import { describe, expect, it } from "vitest";
import { crc16Ccitt, parseQris, qrisPayload } from "./qris";

describe("QRIS payload", () => {
  it("computes CRC-16/CCITT-FALSE as the EMVCo specification does", () => {
    // The standard check value of CRC-16/CCITT-FALSE.
    expect(crc16Ccitt("123456789")).toBe("29B1");
    expect(crc16Ccitt("")).toBe("FFFF");
  });

  const payload = qrisPayload({
    merchantId: "ID1026123456789",
    merchantName: "Kas Daerah Kota Harapan Jaya",
    city: "Harapan Jaya",
    postalCode: "12345",
    amount: 30000,
    billNumber: "SP8K2Q4M7T",
  });

  it("is a dynamic payload carrying the amount in rupiah and the bill number", () => {
    const { fields, crcValid } = parseQris(payload);
    expect(crcValid).toBe(true);
    expect(fields.get("00")).toBe("01");
    expect(fields.get("01")).toBe("12");
    expect(fields.get("53")).toBe("360");
    expect(fields.get("54")).toBe("30000");
    expect(fields.get("58")).toBe("ID");
    expect(fields.get("59")).toHaveLength(25);
    expect(fields.get("62")).toBe("0110SP8K2Q4M7T");
    expect(fields.get("51")).toContain("ID.CO.QRIS.WWW");
  });

  it("detects a changed amount through the checksum", () => {
    expect(parseQris(payload.replace("540530000", "540590000")).crcValid).toBe(false);
  });
});
