import "server-only";
import QRCode from "qrcode";

/**
 * The application's tracking number as a QR code (SVG markup), for the
 * citizen to show at the counter (KTP-el standard: recording and collection).
 * It holds the number only, never the tracking secret: anyone who scans it
 * learns no more than what is printed beside it.
 */
export async function trackingNumberQrSvg(trackingNumber: string): Promise<string> {
  return QRCode.toString(trackingNumber, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
