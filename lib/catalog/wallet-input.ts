/**
 * The wallet declarations (DESIGN.md §16) as the standard editor posts them:
 * the output's document type, the facts the output holds ("fact = answer",
 * one a line) and the facts the service takes from another service's output
 * ("document-type: fact -> field", one a line). Checked against the draft
 * form: a fact read from an answer the form does not have would silently be
 * empty on every output. Pure.
 */
import type { MessageParams } from "@/lib/platform/i18n/interpolate";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { documentTypeSchema } from "./form-definition";
import { answerKeySchema, walletDeclarationsOf, type WalletDeclarations } from "./standard";
import { lines } from "./standard-input";

export const WALLET_INPUT = {
  outputDocumentType: "wallet.outputDocumentType",
  outputFacts: "wallet.outputFacts",
  sharedFacts: "wallet.sharedFacts",
} as const;

// The standard's own schemas decide what a document type and a key are.
const isDocumentType = (value: string) => documentTypeSchema.safeParse(value).success;
const isKey = (value: string) => answerKeySchema.safeParse(value).success;

export type WalletRead =
  { ok: true; declarations: WalletDeclarations } | { ok: false; fieldErrors: Record<string, MessageKey[]>; fieldParams: Record<string, MessageParams> };

/** `fieldKeys`: the draft form's answers each declaration may name (walletFieldKeys in ./draft). */
export function walletDeclarationsFromInput(
  values: Record<string, string | undefined>,
  fieldKeys: { outputFacts: readonly string[]; fillable: readonly string[] },
): WalletRead {
  const fieldErrors: Record<string, MessageKey[]> = {};
  const fieldParams: Record<string, MessageParams> = {};
  const refuse = (input: string, key: MessageKey, params: MessageParams) => {
    if (fieldErrors[input]) return;
    fieldErrors[input] = [key];
    fieldParams[input] = params;
  };

  const documentType = (values[WALLET_INPUT.outputDocumentType] ?? "").trim();
  if (documentType && !isDocumentType(documentType)) refuse(WALLET_INPUT.outputDocumentType, "catalogAdmin.wallet.documentType", { value: documentType });

  const outputFacts: Record<string, string> = {};
  for (const line of lines(values[WALLET_INPUT.outputFacts])) {
    const match = /^([^=\s]+)\s*=\s*(\S+)$/.exec(line);
    if (!match || !isKey(match[1]!) || !isKey(match[2]!)) refuse(WALLET_INPUT.outputFacts, "catalogAdmin.wallet.factLine", { line });
    else if (!fieldKeys.outputFacts.includes(match[2]!)) refuse(WALLET_INPUT.outputFacts, "catalogAdmin.wallet.unknownField", { key: match[2]! });
    else outputFacts[match[1]!] = match[2]!;
  }

  const shared = new Map<string, { fact: string; field: string }[]>();
  for (const line of lines(values[WALLET_INPUT.sharedFacts])) {
    const match = /^([^:\s]+)\s*:\s*(\S+)\s*->\s*(\S+)$/.exec(line);
    if (!match || !isDocumentType(match[1]!) || !isKey(match[2]!) || !isKey(match[3]!)) {
      refuse(WALLET_INPUT.sharedFacts, "catalogAdmin.wallet.sharedLine", { line });
    } else if (!fieldKeys.fillable.includes(match[3]!)) {
      refuse(WALLET_INPUT.sharedFacts, "catalogAdmin.wallet.unknownField", { key: match[3]! });
    } else {
      const fields = shared.get(match[1]!) ?? [];
      fields.push({ fact: match[2]!, field: match[3]! });
      shared.set(match[1]!, fields);
    }
  }

  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors, fieldParams };
  return {
    ok: true,
    declarations: {
      outputDocumentType: documentType || null,
      outputFacts,
      sharedFacts: [...shared].map(([type, fields]) => ({ documentType: type, fields })),
    },
  };
}

/** The standard with its wallet declarations replaced: an empty one is removed rather than stored empty. */
export function withWalletDeclarations(standard: Record<string, unknown>, declarations: WalletDeclarations): Record<string, unknown> {
  const rest = { ...standard };
  for (const key of ["outputDocumentType", "outputFacts", "sharedFacts"]) delete rest[key];
  return {
    ...rest,
    ...(declarations.outputDocumentType ? { outputDocumentType: declarations.outputDocumentType } : {}),
    ...(Object.keys(declarations.outputFacts).length ? { outputFacts: declarations.outputFacts } : {}),
    ...(declarations.sharedFacts.length ? { sharedFacts: declarations.sharedFacts } : {}),
  };
}

/** The editor's text for a stored standard's declarations. */
export function inputFromWalletDeclarations(standard: Record<string, unknown>): Record<string, string> {
  const declarations = walletDeclarationsOf(standard);
  return {
    [WALLET_INPUT.outputDocumentType]: declarations.outputDocumentType ?? "",
    [WALLET_INPUT.outputFacts]: Object.entries(declarations.outputFacts)
      .map(([fact, answer]) => `${fact} = ${answer}`)
      .join("\n"),
    [WALLET_INPUT.sharedFacts]: declarations.sharedFacts
      .flatMap(({ documentType, fields }) => fields.map(({ fact, field }) => `${documentType}: ${fact} -> ${field}`))
      .join("\n"),
  };
}
