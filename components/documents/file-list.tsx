import { linkStyle } from "@/components/ui/styles";
import { formatBytes } from "@/lib/documents/upload-rules";
import type { Locale } from "@/lib/platform/i18n/messages";

type Props = {
  headingId: string;
  title: string;
  files: readonly { id: string; fileName: string; sizeBytes: number }[];
  /** Where a file is served; the route checks access. */
  href: (id: string) => string;
  linkLabel: (fileName: string) => string;
  /** Staff view files in a new tab (served sandboxed); citizens download them. */
  inline?: boolean;
  locale: Locale;
};

/** A record's files as links with their sizes: application uploads, complaint attachments. */
export function FileList({ headingId, title, files, href, linkLabel, inline, locale }: Props) {
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId} className="mb-2 text-2xl font-semibold">
        {title}
      </h2>
      <ul className="space-y-1">
        {files.map((file) => (
          <li key={file.id}>
            <a href={inline ? `${href(file.id)}?tampil=1` : href(file.id)} {...(inline ? { target: "_blank", rel: "noopener" } : {})} className={linkStyle}>
              {linkLabel(file.fileName)}
            </a>{" "}
            <span className="text-sm text-slate-600">({formatBytes(file.sizeBytes, locale)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
