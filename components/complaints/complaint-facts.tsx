import { factList } from "@/components/ui/styles";
import { formatMoment, pick } from "@/lib/platform/i18n/format";
import type { Locale, Translator } from "@/lib/platform/i18n/messages";
import type { ComplaintKind } from "@/lib/generated/prisma/enums";
import { isMessageKey } from "@/lib/platform/i18n/messages";

type Named = { nameId: string; nameEn: string };

/** The facts of a complaint as a definition list; only what the caller passes is shown. */
export function ComplaintFacts({
  complaint,
  locale,
  t,
  timeZone,
  extra = [],
}: {
  complaint: {
    kind: ComplaintKind;
    category: string;
    createdAt: Date;
    agency: Named | null;
    service: Named | null;
    locationText?: string | null;
    latitude?: number | null;
    longitude?: number | null;
  };
  locale: Locale;
  t: Translator;
  timeZone: string;
  extra?: { label: string; value: React.ReactNode; testId?: string }[];
}) {
  const categoryKey = `complaint.category.${complaint.category}`;
  const rows: { label: string; value: React.ReactNode; testId?: string }[] = [
    { label: t("complaint.view.kind"), value: t(`complaint.kind.${complaint.kind}`) },
    { label: t("complaint.view.category"), value: isMessageKey(categoryKey) ? t(categoryKey) : complaint.category },
    // A whistleblowing report names the agency it is about; the integrity unit, not that agency, handles it.
    {
      label: t(complaint.kind === "WHISTLEBLOWING" ? "complaint.view.agencyReported" : "complaint.view.agency"),
      value: complaint.agency ? pick(locale, complaint.agency, "name") : t("complaints.notRouted"),
      testId: "complaint-agency",
    },
    ...(complaint.service ? [{ label: t("complaint.view.service"), value: pick(locale, complaint.service, "name") }] : []),
    { label: t("complaint.view.filed"), value: formatMoment(complaint.createdAt, locale, timeZone) },
    ...(complaint.locationText || complaint.latitude !== null
      ? [
          {
            label: t("complaint.view.location"),
            value: [
              complaint.locationText,
              complaint.latitude !== null && complaint.latitude !== undefined && complaint.longitude !== null && complaint.longitude !== undefined
                ? t("complaint.view.coordinates", { lat: complaint.latitude.toFixed(6), long: complaint.longitude.toFixed(6) })
                : null,
            ]
              .filter(Boolean)
              .join(" · "),
          },
        ]
      : []),
    ...extra,
  ];
  return (
    <dl className={factList}>
      {rows.map((row) => (
        <div key={row.label} className="contents">
          <dt className="text-slate-600">{row.label}</dt>
          <dd data-testid={row.testId}>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
