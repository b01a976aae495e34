import { TextField } from "./fields";

/** The email that names an account, marked as the user name so password managers fill it on sign-in and recovery alike. */
export function AccountEmailField({ label, defaultValue, errors }: { label: string; defaultValue?: string; errors: string[] }) {
  return <TextField name="email" type="email" label={label} autoComplete="username" required defaultValue={defaultValue} errors={errors} />;
}

/** A new password and its confirmation, on registration and on every way of setting one; never refilled after an error. */
export function NewPasswordFields({
  labels,
  hint,
  errors,
}: {
  labels: { password: string; passwordConfirm: string };
  hint: string;
  errors: (field: "password" | "passwordConfirm") => string[];
}) {
  return (
    <>
      <TextField name="password" type="password" label={labels.password} hint={hint} autoComplete="new-password" required errors={errors("password")} />
      <TextField
        name="passwordConfirm"
        type="password"
        label={labels.passwordConfirm}
        autoComplete="new-password"
        required
        errors={errors("passwordConfirm")}
      />
    </>
  );
}
