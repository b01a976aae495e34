import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/platform/errors";
import { formStateFromError, formValues, type FormState } from "@/lib/platform/form-state";
import { clientIp } from "@/lib/platform/request-context";
import type { Actor } from "./actor";
import { currentActor } from "./current-actor";

/** What every use case is given by a server action: who asks, and from where. */
export type ActionRequest = { actor: Actor; context: { ip: string | null } };

/** The actor and client address of the current request, resolved once. */
export async function actionRequest(): Promise<ActionRequest> {
  const [actor, requestHeaders] = await Promise.all([currentActor(), headers()]);
  return { actor, context: { ip: clientIp(requestHeaders) } };
}

export type FormActionOptions<T> = {
  /** Fields never echoed back (passwords). */
  omit?: readonly string[];
  /** Keep a specific refusal above the field errors it caused (a stale draft, a taken slug). */
  keepSpecificFormError?: boolean;
  /**
   * Where to go after success (post/redirect/get), or the state to show when
   * the form stays on its page. Without it the form comes back empty and clean.
   */
  onSuccess?: (result: T, values: Record<string, string>) => string | FormState;
  /** An anonymous visitor is sent to sign in and back here instead of seeing "sign in first". */
  signInReturnPath?: string;
};

/**
 * The one body of a form's server action: resolves the actor and address
 * once, runs the use case, turns an expected refusal (AppError) into the
 * form's state with everything typed kept, and redirects on success.
 * Anything else is a real error and propagates.
 */
export async function runFormAction<T>(
  formData: FormData,
  run: (request: ActionRequest & { values: Record<string, string> }) => Promise<T>,
  options: FormActionOptions<T> = {},
): Promise<FormState> {
  const values = formValues(formData, options.omit);
  let result: T;
  try {
    result = await run({ ...(await actionRequest()), values });
  } catch (error) {
    if (options.signInReturnPath && error instanceof AppError && error.code === "UNAUTHENTICATED") redirect(signInPath(options.signInReturnPath));
    return formStateFromError(values, error, { keepSpecificFormError: options.keepSpecificFormError });
  }
  const next = options.onSuccess?.(result, values);
  if (typeof next === "string") redirect(next);
  return next ?? { values: {}, fieldErrors: {} };
}

/** The sign-in page, coming back to `returnPath` afterwards. */
export function signInPath(returnPath: string): string {
  return `/masuk?callbackUrl=${encodeURIComponent(returnPath)}`;
}
