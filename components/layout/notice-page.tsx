import { Link } from "@/components/ui/link";
import { PageHeading } from "@/components/layout/page-heading";
import { linkStyle } from "@/components/ui/styles";
import type { MessageKey, Translator } from "@/lib/platform/i18n/messages";

/**
 * One of the portal's notices (privacy, terms, accessibility): a heading, a
 * lead and titled sections. A section body is paragraphs separated by a blank
 * line; consecutive lines starting with "- " form a list.
 */
export function NoticePage({
  title,
  lead,
  sections,
  t,
}: {
  title: MessageKey;
  lead: MessageKey;
  sections: { title: MessageKey; body: MessageKey }[];
  t: Translator;
}) {
  return (
    <article className="max-w-3xl">
      <PageHeading title={t(title)} lead={t(lead)} />
      {sections.map((section) => (
        <section key={section.title} className="mb-8" aria-labelledby={section.title.replace(/\./g, "-")}>
          <h2 id={section.title.replace(/\./g, "-")} className="mb-3 text-2xl font-semibold">
            {t(section.title)}
          </h2>
          <NoticeBody text={t(section.body)} />
        </section>
      ))}
    </article>
  );
}

/** A portal path written in a notice ("/akun/data-saya") becomes a link to that page. */
const PORTAL_PATH = /(?<=^|[\s(])(\/[a-z0-9-]+(?:\/[a-z0-9-]+)*)/g;

function WithLinks({ text }: { text: string }) {
  const parts = text.split(PORTAL_PATH);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <Link key={index} href={part} className={linkStyle}>
            {part}
          </Link>
        ) : (
          part
        ),
      )}
    </>
  );
}

function NoticeBody({ text }: { text: string }) {
  const blocks: ({ kind: "p"; text: string } | { kind: "ul"; items: string[] })[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const last = blocks.at(-1);
    if (line.startsWith("- ")) {
      if (last?.kind === "ul") last.items.push(line.slice(2));
      else blocks.push({ kind: "ul", items: [line.slice(2)] });
    } else blocks.push({ kind: "p", text: line });
  }
  return (
    <>
      {blocks.map((block, index) =>
        block.kind === "p" ? (
          <p key={index} className="mb-3">
            <WithLinks text={block.text} />
          </p>
        ) : (
          <ul key={index} className="mb-3 list-disc space-y-2 pl-6">
            {block.items.map((item) => (
              <li key={item}>
                <WithLinks text={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
