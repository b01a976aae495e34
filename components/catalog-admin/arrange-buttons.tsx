import { buttonSecondary } from "@/components/ui/styles";
import type { Translator } from "@/lib/platform/i18n/messages";

const small = `${buttonSecondary} !px-3 !py-1 text-sm`;

/**
 * Move up, move down, remove: one plain form per row, so each works without
 * JavaScript and is reached by Tab; each button names the row it acts on.
 */
export function ArrangeButtons(props: {
  action: (formData: FormData) => Promise<void>;
  revision: number;
  target: string;
  kind: "Field" | "Section";
  name: string;
  first: boolean;
  last: boolean;
  /** The group page to come back to, for a group's member fields. */
  back?: string;
  t: Translator;
}) {
  const { t, name } = props;
  const button = (intent: string, visible: string, label: string) => (
    <button type="submit" name="intent" value={intent} className={small} aria-label={label}>
      {visible}
    </button>
  );
  return (
    <form action={props.action} className="flex flex-wrap gap-2">
      <input type="hidden" name="revision" value={props.revision} />
      <input type="hidden" name="target" value={props.target} />
      {props.back ? <input type="hidden" name="back" value={props.back} /> : null}
      {props.first ? null : button(`move${props.kind}:up`, `↑ ${t("catalogAdmin.form.moveUp", { name: "" }).trim()}`, t("catalogAdmin.form.moveUp", { name }))}
      {props.last
        ? null
        : button(`move${props.kind}:down`, `↓ ${t("catalogAdmin.form.moveDown", { name: "" }).trim()}`, t("catalogAdmin.form.moveDown", { name }))}
      {button(`remove${props.kind}`, t("catalogAdmin.form.remove", { name: "" }).trim(), t("catalogAdmin.form.remove", { name }))}
    </form>
  );
}
