import { defineMessages } from "../define";

/**
 * What the error boundaries (app/error.tsx, app/global-error.tsx) say. Kept
 * apart from core because those boundaries load on every page: a client
 * component imports this file alone, not a whole catalog (issue 10, page weight).
 */
export const errorPages = defineMessages({
  id: {
    "error.unexpected": "Terjadi kesalahan di sistem kami. Data Anda tidak hilang; silakan coba lagi.",
    "error.unexpectedTitle": "Terjadi kesalahan",
    "error.serviceUnavailable": "Layanan sedang sibuk, coba lagi sebentar lagi.",
    "error.serviceUnavailableTitle": "Layanan sedang sibuk",
    "error.tryAgain": "Coba lagi",
  },
  en: {
    "error.unexpected": "Something went wrong on our side. Nothing you entered is lost; please try again.",
    "error.unexpectedTitle": "Something went wrong",
    "error.serviceUnavailable": "The service is busy, please try again in a moment.",
    "error.serviceUnavailableTitle": "The service is busy",
    "error.tryAgain": "Try again",
  },
});
