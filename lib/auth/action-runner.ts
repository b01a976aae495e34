import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/platform/errors";
import { formStateFromError, formValues, type FormErrorMode, type FormState } from "@/lib/platform/form-state";
import { clientIp } from "@/lib/platform/request-context";
import type { Actor } from "./actor";
import { currentActor } from "./current-actor";
import { rememberWrite } from "./read-your-writes";

/** What every use case is given by a server action: who asks, and from where. */
export type ActionRequest = { actor: Actor; context: { ip: string | null } };

/** The actor and client address of the current request, resolved once. */
export async function actionRequest(): Promise<ActionRequest> {
  const [actor, requestHeaders] = await Promise.all([currentActor(), headers()]);
  return { actor, context: { ip: clientIp(requestHeaders) } };
}

/** What a form state adds to the usual one (an import's issues, a preview's "checked"). */
type Extras<S extends FormState> = Omit<S, keyof FormState>;

export type FormActionOptions<T, S extends FormState = FormState> = {
  /** Fields never echoed back (passwords). */
  omit?: readonly string[];
  /** What to keep instead of the posted text fields (ticked boxes joined, a file's text). */
  values?: Record<string, string>;
  /** Whether a refusal's form-level message shows beside its field errors (lib/platform/form-state.ts); by default it does not. */
  formError?: FormErrorMode;
  /** The state's own fields, kept unless success says otherwise (e.g. an import's `{ issues: [] }`). */
  extras?: Extras<S>;
  /**
   * Where to go after success (post/redirect/get), or the state to show when
   * the form stays on its page. Without it the form comes back empty and clean.
   */
  onSuccess?: string | ((result: T, values: Record<string, string>) => string | S | Promise<string | S>);
  /** An anonymous visitor is sent to sign in and back here instead of seeing "sign in first". */
  signInReturnPath?: string;
};

/**
 * The one body of a form's server action: resolves the actor and address
 * once, runs the use case, turns an expected refusal (AppError) into the
 * form's state with everything typed kept, and redirects on success.
 * Anything else (a real error, or a redirect thrown by Auth.js) propagates.
 */
export async function runFormAction<T, S extends FormState = FormState>(
  formData: FormData,
  run: (request: ActionRequest & { values: Record<string, string> }) => Promise<T>,
  options: FormActionOptions<T, S> = {},
): Promise<S> {
  const values = options.values ?? formValues(formData, options.omit);
  let result: T;
  try {
    result = await run({ ...(await actionRequest()), values });
  } catch (error) {
    if (options.signInReturnPath && error instanceof AppError && error.code === "UNAUTHENTICATED") redirect(signInPath(options.signInReturnPath));
    return { ...formStateFromError(values, error, options.formError), ...options.extras } as S;
  }
  await rememberWrite();
  const next = typeof options.onSuccess === "function" ? await options.onSuccess(result, values) : options.onSuccess;
  if (typeof next === "string") redirect(next);
  return next ?? ({ values: {}, fieldErrors: {}, ...options.extras } as S);
}

/** The sign-in page, coming back to `returnPath` afterwards. */
export function signInPath(returnPath: string): string {
  return `/masuk?callbackUrl=${encodeURIComponent(returnPath)}`;
}
