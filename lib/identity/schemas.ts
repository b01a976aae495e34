import { z } from "zod";
import { checkNik } from "./nik";
import { checkPasswordStrength } from "./password-rules";

/** Messages are catalog keys: the form shows them translated. */
const required = "validation.required";

export const emailSchema = z
  .string()
  .trim()
  .min(1, required)
  .max(254, "validation.email")
  .email("validation.email")
  .transform((email) => email.toLowerCase());

export const registrationSchema = z
  .object({
    name: z.string().trim().min(1, required).max(120, "validation.tooLong"),
    email: emailSchema,
    nik: z
      .string()
      .trim()
      .min(1, required)
      .transform((nik) => nik.replace(/\s+/g, "")),
    birthDate: z
      .string()
      .trim()
      .min(1, required)
      .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date"),
    sex: z.enum(["MALE", "FEMALE"], { message: "validation.chooseOne" }),
    password: z.string().min(1, required),
    passwordConfirm: z.string().min(1, required),
    consent: z.literal("on", { message: "validation.consent" }),
  })
  .superRefine(
    (input, ctx) => {
      // Runs even when other fields failed, so the citizen sees every problem
      // at once; fields that failed their own checks may be missing here.
      const text = (value: unknown) => (typeof value === "string" ? value : undefined);
      const birthDate = text(input.birthDate);
      const sex = input.sex === "MALE" || input.sex === "FEMALE" ? input.sex : undefined;
      if (birthDate && /^\d{4}-\d{2}-\d{2}$/.test(birthDate)) {
        const birth = new Date(`${birthDate}T00:00:00Z`);
        if (Number.isNaN(birth.getTime()) || birth > new Date() || birth.getUTCFullYear() < 1900) {
          ctx.addIssue({ code: "custom", path: ["birthDate"], message: "validation.date" });
        }
      }
      const nik = text(input.nik);
      if (nik) {
        const nikProblem = checkNik(nik, { birthDate, sex });
        if (nikProblem) ctx.addIssue({ code: "custom", path: ["nik"], message: `validation.nik.${nikProblem}` });
      }
      const password = text(input.password);
      if (password) {
        const problem = checkPasswordStrength(password, { email: text(input.email), name: text(input.name) });
        if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: `validation.password.${problem}` });
      }
      if (password && text(input.passwordConfirm) && password !== input.passwordConfirm) {
        ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "validation.password.mismatch" });
      }
    },
    { when: () => true },
  );
export type RegistrationInput = z.input<typeof registrationSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, required).max(200, "validation.tooLong"),
});
