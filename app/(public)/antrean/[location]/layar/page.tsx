import { LiveBoard } from "@/components/visits/live-board";
import { pick } from "@/lib/platform/i18n/format";
import { pageTitle } from "@/lib/platform/i18n/metadata";
import { getTranslator } from "@/lib/platform/i18n/server";
import { boardView } from "@/lib/visits/queries";

export const generateMetadata = pageTitle("visit.board.pageTitle");
export const dynamic = "force-dynamic";

/** The hall's TV: numbers called to each counter, live over the SSE bus; white on black, large type. */
export default async function BoardPage({ params }: { params: Promise<{ location: string }> }) {
  const { location: slug } = await params;
  const [{ locale, t }, { location, board }] = await Promise.all([getTranslator(), boardView(slug)]);
  return (
    <div className="-mx-4 bg-slate-950 p-6 text-white">
      <h1 className="mb-2 text-4xl font-bold">{t("visit.board.title", { location: pick(locale, location, "name") })}</h1>
      <p className="mb-6 text-lg text-slate-200">{t("visit.board.live")}</p>
      <LiveBoard
        initial={board}
        streamUrl={`/api/antrean/${location.slug}`}
        boardUrl={`/api/antrean/${location.slug}/papan`}
        labels={{
          counter: t("visit.board.counter"),
          number: t("visit.board.number"),
          waiting: t("visit.board.waiting", { count: "{count}" }),
          idle: t("visit.board.idle"),
          chime: t("visit.board.chime"),
        }}
      />
    </div>
  );
}
