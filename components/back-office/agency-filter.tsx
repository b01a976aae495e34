import { inputBase } from "@/components/ui/styles";
import { pick } from "@/lib/platform/i18n/format";
import type { Locale } from "@/lib/platform/i18n/messages";

type AgencyOption = { id: string; code: string; nameId: string; nameEn: string };

/**
 * Which agency's queue: a select when there is a choice to make, otherwise the
 * one agency carried along as a hidden field (or nothing at all).
 */
export function AgencyFilter(props: {
  label: string;
  agencies: readonly AgencyOption[];
  current: AgencyOption | undefined;
  locale: Locale;
  choosable: boolean;
}) {
  if (props.choosable && props.agencies.length > 1) {
    return (
      <label className="block max-w-full">
        <span className="font-semibold">{props.label}</span>
        <select name="instansi" defaultValue={props.current?.code} className={inputBase}>
          {props.agencies.map((candidate) => (
            <option key={candidate.id} value={candidate.code}>
              {pick(props.locale, candidate, "name")}
            </option>
          ))}
        </select>
      </label>
    );
  }
  return props.current ? <input type="hidden" name="instansi" value={props.current.code} /> : null;
}
