import QRCode from "qrcode";
import type { Translator } from "@/lib/platform/i18n/messages";

/** The booking code as a QR code (SVG on the server: works without JavaScript and prints), the code as text beside it. */
export async function BookingQr({ code, display, t }: { code: string; display: string; t: Translator }) {
  const svg = await QRCode.toString(code, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return (
    <section aria-labelledby="booking-qr-title" className="mt-6 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="booking-qr-title" className="text-xl font-semibold">
        {t("visit.qrTitle")}
      </h2>
      <figure className="mt-4 flex flex-wrap items-center gap-4">
        <div
          role="img"
          aria-label={t("visit.qrLabel", { code: display })}
          className="h-44 w-44 shrink-0 bg-white [&>svg]:h-full [&>svg]:w-full"
          // The markup comes from the qrcode package (rects and paths only), not from user input.
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <figcaption>
          {t("visit.code")}: <strong className="font-mono text-2xl">{display}</strong>
        </figcaption>
      </figure>
    </section>
  );
}
