import { TextField } from "@/components/forms/fields";
import { buttonPrimary } from "@/components/ui/styles";

/**
 * Verification by code: a plain GET form to /verifikasi?kode=…, which sends
 * the visitor on to /verifikasi/<code>, the same page the QR code opens. No
 * JavaScript needed, and the answer has an address that can be shared.
 */
export function VerifyCodeForm({
  label,
  hint,
  submit,
  defaultValue,
  error,
}: {
  label: string;
  hint: string;
  submit: string;
  defaultValue?: string;
  error?: string;
}) {
  return (
    <form action="/verifikasi" method="get" noValidate>
      <TextField
        name="kode"
        label={label}
        hint={hint}
        errors={error ? [error] : undefined}
        defaultValue={defaultValue}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={64}
        className="block w-full max-w-xs rounded-md border-2 border-slate-600 bg-white px-3 py-2 font-mono text-lg uppercase tracking-wider text-slate-900 aria-[invalid=true]:border-accent-500"
        required
      />
      <button type="submit" className={buttonPrimary}>
        {submit}
      </button>
    </form>
  );
}
