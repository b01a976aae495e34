import { Link } from "@/components/ui/link";
import { linkStyle } from "@/components/ui/styles";

/** "No account yet? Register" under a form: the way to the other form. */
export function AlternativeLink({ question, label, href }: { question: string; label: string; href: string }) {
  return (
    <p className="mt-6">
      {question}{" "}
      <Link href={href} className={linkStyle}>
        {label}
      </Link>
    </p>
  );
}
