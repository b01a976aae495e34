import { inputBase } from "@/components/ui/styles";

export type FilterOption = { value: string; label: string };

/** A queue filter: a labelled select whose first, empty choice means "no filter". */
export function FilterSelect({
  name,
  label,
  value,
  anyLabel,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  anyLabel: string;
  options: readonly FilterOption[];
}) {
  return (
    <label className="block max-w-full">
      <span className="font-semibold">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={inputBase}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
