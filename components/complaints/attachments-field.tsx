import { FieldShell } from "@/components/forms/fields";
import { inputBase } from "@/components/ui/styles";

/** The file input for a complaint's attachments, on the complaint form and when the filer adds information later. */
export function AttachmentsField({ id, label, hint, errors }: { id: string; label: string; hint: string; errors: string[] }) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) => (
        <input
          id={id}
          name="attachments"
          type="file"
          multiple
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputBase}
        />
      )}
    </FieldShell>
  );
}
