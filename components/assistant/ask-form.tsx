import { GetForm } from "@/components/ui/get-form";
import { buttonPrimary, inputBase } from "@/components/ui/styles";

type Props = {
  id: string;
  label: string;
  hint: string;
  submitLabel: string;
  defaultValue?: string;
  /** The service page it is on: a question that names no service is about this one. */
  contextSlug?: string;
  /** Earlier questions of this conversation, carried in the URL only (no server-side storage). */
  history?: readonly string[];
  /** A problem with what was typed (too long), announced with the field. */
  error?: string;
};

/**
 * The ask box: a GET form to /tanya, so it works without JavaScript and every
 * answer has a URL. With JavaScript, it navigates in place and the
 * answer's live region announces the new answer.
 */
export function AskForm({ id, label, hint, submitLabel, defaultValue, contextSlug, history = [], error }: Props) {
  const described = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <GetForm action="/tanya" className="w-full">
      <label htmlFor={id} className="block text-lg font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="mb-2 text-sm text-slate-600">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="mb-2 font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <input
          id={id}
          name="q"
          type="text"
          required
          maxLength={300}
          autoComplete="off"
          aria-describedby={described}
          aria-invalid={error ? true : undefined}
          defaultValue={defaultValue}
          className={inputBase}
        />
        <button type="submit" className={buttonPrimary}>
          {submitLabel}
        </button>
      </div>
      {contextSlug ? <input type="hidden" name="layanan" value={contextSlug} /> : null}
      {history.map((earlier, index) => (
        <input key={index} type="hidden" name="riwayat" value={earlier} />
      ))}
    </GetForm>
  );
}
