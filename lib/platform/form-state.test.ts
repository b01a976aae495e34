import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { blankFieldErrors, formStateFromError } from "./form-state";

describe("formStateFromError", () => {
  const typed = { name: "Siti", email: "bukan-email" };

  it("keeps what the user typed and lists the field problems without repeating them above the form", () => {
    const state = formStateFromError(typed, new AppError("INVALID", "error.invalidInput", { email: ["validation.email"] }));
    expect(state).toEqual({ values: typed, fieldErrors: { email: ["validation.email"] }, formError: undefined });
  });

  it("shows a refusal without field problems as the form's message", () => {
    const state = formStateFromError(typed, new AppError("RATE_LIMITED", "error.rateLimited"));
    expect(state.formError).toBe("error.rateLimited");
    expect(state.values).toEqual(typed);
  });

  it("can keep a specific refusal above the field problems it caused", () => {
    const error = new AppError("RATE_LIMITED", "error.rateLimited", { email: ["validation.email"] });
    expect(formStateFromError(typed, error, "specific").formError).toBe("error.rateLimited");
    expect(formStateFromError(typed, error, "always").formError).toBe("error.rateLimited");
    expect(formStateFromError(typed, error).formError).toBeUndefined();
    const generic = new AppError("INVALID", "error.invalidInput", { email: ["validation.email"] });
    expect(formStateFromError(typed, generic, "specific").formError).toBeUndefined();
    expect(formStateFromError(typed, generic, "always").formError).toBe("error.invalidInput");
  });

  it("rethrows anything that is not an expected failure, so it is logged instead of shown", () => {
    const crash = new Error("connection reset");
    expect(() => formStateFromError(typed, crash)).toThrow(crash);
  });
});

describe("blankFieldErrors", () => {
  it("names each blank field (spaces count as blank), so an empty sign-in is not answered 'wrong password'", () => {
    const form = new FormData();
    form.set("email", "   ");
    form.set("password", "rahasia");
    expect(blankFieldErrors(form, ["email", "password", "code"])).toEqual({ email: ["validation.required"], code: ["validation.required"] });
    expect(blankFieldErrors(form, ["password"])).toEqual({});
  });
});
