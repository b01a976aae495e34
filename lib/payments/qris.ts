/**
 * A QRIS payload for a bill: the EMVCo merchant-presented QR format (ID, length,
 * value triples) that Indonesian payment apps scan, dynamic (point of
 * initiation 12) because it carries the amount, closed by a CRC-16/CCITT-FALSE
 * checksum over everything before it including the "6304" of its own tag.
 */

export function crc16Ccitt(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, "0");
}

function field(id: string, value: string): string {
  if (value.length > 99) throw new Error(`QRIS field ${id} too long`);
  return `${id}${String(value.length).padStart(2, "0")}${value}`;
}

/** Only what a QR payload may carry: printable ASCII, trimmed to the field's limit. */
function ascii(value: string, max: number): string {
  return value
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .trim()
    .slice(0, max);
}

export type QrisBill = {
  /** The National Merchant ID (NMID) the acquirer gave the agency's treasury account. */
  merchantId: string;
  merchantName: string;
  city: string;
  postalCode: string;
  amount: number;
  /** The bill's reference, echoed back by the acquirer (additional data, bill number). */
  billNumber: string;
};

export function qrisPayload(bill: QrisBill): string {
  const body = [
    field("00", "01"),
    field("01", "12"),
    field("51", field("00", "ID.CO.QRIS.WWW") + field("02", ascii(bill.merchantId, 15)) + field("03", "UKE")),
    // 9399: government services (ISO 18245).
    field("52", "9399"),
    field("53", "360"),
    field("54", String(bill.amount)),
    field("58", "ID"),
    field("59", ascii(bill.merchantName, 25)),
    field("60", ascii(bill.city, 15)),
    field("61", ascii(bill.postalCode, 10)),
    field("62", field("01", ascii(bill.billNumber, 25))),
  ].join("");
  const withCrcTag = `${body}6304`;
  return withCrcTag + crc16Ccitt(withCrcTag);
}

/** Splits a payload back into its top-level fields and checks its CRC (for tests and for a scanned code). */
export function parseQris(payload: string): { fields: Map<string, string>; crcValid: boolean } {
  const fields = new Map<string, string>();
  let index = 0;
  while (index + 4 <= payload.length) {
    const id = payload.slice(index, index + 2);
    const length = Number(payload.slice(index + 2, index + 4));
    fields.set(id, payload.slice(index + 4, index + 4 + length));
    index += 4 + length;
  }
  const crc = fields.get("63");
  return { fields, crcValid: crc !== undefined && crc16Ccitt(payload.slice(0, -4)) === crc };
}
