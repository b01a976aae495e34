import { Link } from "@/components/ui/link";
import { linkStyle } from "@/components/ui/styles";

/** A page's h1 and lead; `back` links up to the page it belongs to (e.g. an admin page to the back office). */
export function PageHeading({ title, lead, back }: { title: string; lead?: string; back?: { href: string; label: string } }) {
  return (
    <>
      {back ? (
        <p className="mt-8 text-sm">
          <Link href={back.href} className={linkStyle}>
            {back.label}
          </Link>
        </p>
      ) : null}
      <div className="mb-6 mt-8">
        <h1 className="text-3xl font-bold text-slate-900">{title}</h1>
        {lead ? <p className="mt-2 max-w-3xl text-lg text-slate-700">{lead}</p> : null}
      </div>
    </>
  );
}
