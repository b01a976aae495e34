import { Link } from "@/components/ui/link";
import { partHref, SUPERVISOR_PARTS, type SupervisorPart } from "@/lib/dashboard/parts";
import type { Selection } from "@/lib/dashboard/view";
import type { Translator } from "@/lib/platform/i18n/messages";

const tabClass = (current: boolean) =>
  `inline-block rounded-t-md border border-b-0 px-4 py-2 font-semibold ${current ? "border-slate-300 bg-white text-slate-900" : "border-transparent text-brand-700 underline"}`;

/**
 * The supervisor dashboard's parts as links, each for the same period and
 * scope. Each part is a full server render, and a supervisor opens one or two
 * of them, not all (links never prefetch: components/ui/link.tsx).
 */
export function DashboardPartNav({ base, selection, current, t }: { base: string; selection: Selection; current: SupervisorPart; t: Translator }) {
  return (
    <nav aria-label={t("dashboard.part.nav")} className="border-b border-slate-300" data-testid="dashboard-parts">
      <ul className="flex flex-wrap gap-1">
        {SUPERVISOR_PARTS.map((part) => (
          <li key={part}>
            <Link
              href={partHref(base, selection, part)}

              aria-current={part === current ? "page" : undefined}
              className={tabClass(part === current)}
            >
              {t(`dashboard.part.${part}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
