import { linkStyle } from "@/components/ui/styles";
import type { DatasetId } from "@/lib/dashboard/open-data";
import type { Translator } from "@/lib/platform/i18n/messages";

/** CSV, CSV for Excel (id-ID: semicolons, byte order mark) and JSON links of one dataset, for the selection on screen. */
export function DownloadLinks({ dataset, title, query, t }: { dataset: DatasetId; title: string; query: string; t: Translator }) {
  const href = (format: "csv" | "excel.csv" | "json") => `/api/data/${dataset}.${format}${query ? `?${query}` : ""}`;
  return (
    <p className="mt-2 text-sm" data-testid={`download-${dataset}`}>
      <span className="mr-2 font-semibold">{t("dashboard.download")}:</span>
      <a href={href("csv")} className={linkStyle} download aria-label={t("dashboard.downloadAs", { table: title, format: "CSV" })}>
        CSV
      </a>
      {" · "}
      <a
        href={href("excel.csv")}
        className={linkStyle}
        download
        aria-label={t("dashboard.downloadAs", { table: title, format: t("dashboard.downloadExcelFormat") })}
      >
        {t("dashboard.downloadExcel")}
      </a>
      {" · "}
      <a href={href("json")} className={linkStyle} aria-label={t("dashboard.downloadAs", { table: title, format: "JSON" })}>
        JSON
      </a>
    </p>
  );
}
