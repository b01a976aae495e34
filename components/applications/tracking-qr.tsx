import { trackingNumberQrSvg } from "@/lib/applications/tracking-qr";
import type { Translator } from "@/lib/platform/i18n/messages";

/**
 * The tracking number's QR code, rendered on the server as SVG (works without
 * JavaScript and prints), with the number as text beside it for anyone who
 * cannot scan or see it.
 */
export async function TrackingQr({ trackingNumber, t }: { trackingNumber: string; t: Translator }) {
  const svg = await trackingNumberQrSvg(trackingNumber);
  return (
    <section aria-labelledby="tracking-qr-title" className="mt-6 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="tracking-qr-title" className="text-xl font-semibold">
        {t("application.qrTitle")}
      </h2>
      <p className="mt-1 max-w-prose text-slate-700">{t("application.qrLead")}</p>
      <figure className="mt-4 flex flex-wrap items-center gap-4">
        <div
          role="img"
          aria-label={t("application.qrImageLabel", { trackingNumber })}
          className="h-44 w-44 shrink-0 bg-white [&>svg]:h-full [&>svg]:w-full"
          // The markup comes from the qrcode package (rects and paths only), not from user input.
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <figcaption>
          {t("application.trackingNumber")}: <strong className="font-mono text-lg break-all">{trackingNumber}</strong>
        </figcaption>
      </figure>
    </section>
  );
}
