import type { ReactNode } from "react";
import type { DatasetId } from "@/lib/dashboard/open-data";
import { selectionQuery, type DashboardView } from "@/lib/dashboard/view";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import { DownloadLinks } from "./download-links";

export type SectionProps = { view: DashboardView; locale: Locale; t: Translator };

/** One titled part of a dashboard, named by its heading. */
export function Section({ id, title, lead, children }: { id: string; title: string; lead?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mt-10" data-testid={`section-${id}`}>
      <h2 id={`${id}-title`} className="text-2xl font-semibold">
        {title}
      </h2>
      {lead ? <p className="mt-1 max-w-3xl text-slate-700">{lead}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** A public table's CSV and JSON links; supervisors see exact figures, which are never published. */
export function Downloads({ view, dataset, title, t }: SectionProps & { dataset: DatasetId; title: string }) {
  if (view.audience !== "public") return null;
  return <DownloadLinks dataset={dataset} title={title} query={new URLSearchParams(selectionQuery(view.selection)).toString()} t={t} />;
}
