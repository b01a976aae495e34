import { Link } from "@/components/ui/link";
import { buttonSecondary } from "@/components/ui/styles";
import { PageHeading } from "./page-heading";

/** The body of not-found, forbidden and error pages. */
export function MessagePage({ title, message, homeLabel }: { title: string; message: string; homeLabel: string }) {
  return (
    <div>
      <PageHeading title={title} lead={message} />
      <Link href="/" className={buttonSecondary}>
        {homeLabel}
      </Link>
    </div>
  );
}
