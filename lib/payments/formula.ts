/**
 * A small arithmetic language for fee formulas (DESIGN.md §14), parsed and
 * evaluated here, never by eval: numbers, names, + - * /, parentheses and
 * three functions, min(a, b), max(a, b) and sum(group, expression) over the
 * rows of a repeating form group. Arithmetic is exact (fractions of BigInts),
 * so "120 * 0.15 * 1750000" is 31500000 and nothing drifts before the one
 * explicit rounding to whole rupiah at the end.
 */

export type Fraction = { n: bigint; d: bigint };

export type FormulaNode =
  | { kind: "number"; value: Fraction; text: string }
  | { kind: "name"; name: string }
  | { kind: "negate"; operand: FormulaNode }
  | { kind: "binary"; operator: "+" | "-" | "*" | "/"; left: FormulaNode; right: FormulaNode }
  | { kind: "call"; name: "min" | "max"; args: [FormulaNode, FormulaNode] }
  | { kind: "sum"; group: string; body: FormulaNode };

export class FormulaError extends Error {
  constructor(
    readonly reason: "syntax" | "unknownName" | "notANumber" | "divisionByZero" | "notAGroup",
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

const MAX_LENGTH = 500;
type Token = { type: "number" | "name" | "op"; text: string };

function tokenize(source: string): Token[] {
  if (source.length > MAX_LENGTH) throw new FormulaError("syntax", "too long");
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|([-+*/(),]))/y;
  let index = 0;
  while (index < source.length) {
    if (/^\s*$/.test(source.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(source);
    if (!match) throw new FormulaError("syntax", `unexpected "${source.slice(index).trim().slice(0, 10)}"`);
    tokens.push(match[1] ? { type: "number", text: match[1] } : match[2] ? { type: "name", text: match[2] } : { type: "op", text: match[3]! });
    index = pattern.lastIndex;
  }
  return tokens;
}

/** Parses a formula into its tree; throws FormulaError("syntax") on anything else. */
export function parseFormula(source: string): FormulaNode {
  const tokens = tokenize(source);
  let position = 0;
  const peek = () => tokens[position];
  const take = (text?: string): Token => {
    const token = tokens[position];
    if (!token || (text !== undefined && token.text !== text)) throw new FormulaError("syntax", `expected ${text ?? "a value"}`);
    position += 1;
    return token;
  };

  const expression = (): FormulaNode => {
    let node = term();
    while (peek()?.text === "+" || peek()?.text === "-") {
      const operator = take().text as "+" | "-";
      node = { kind: "binary", operator, left: node, right: term() };
    }
    return node;
  };
  const term = (): FormulaNode => {
    let node = factor();
    while (peek()?.text === "*" || peek()?.text === "/") {
      const operator = take().text as "*" | "/";
      node = { kind: "binary", operator, left: node, right: factor() };
    }
    return node;
  };
  const factor = (): FormulaNode => {
    const token = take();
    if (token.type === "number") return { kind: "number", value: parseDecimal(token.text), text: token.text };
    if (token.text === "-") return { kind: "negate", operand: factor() };
    if (token.text === "(") {
      const inner = expression();
      take(")");
      return inner;
    }
    if (token.type !== "name") throw new FormulaError("syntax", `unexpected "${token.text}"`);
    if (peek()?.text !== "(") return { kind: "name", name: token.text };
    take("(");
    if (token.text === "sum") {
      const group = take();
      if (group.type !== "name") throw new FormulaError("syntax", "sum needs a group name");
      take(",");
      const body = expression();
      take(")");
      return { kind: "sum", group: group.text, body };
    }
    if (token.text !== "min" && token.text !== "max") throw new FormulaError("syntax", `unknown function ${token.text}`);
    const first = expression();
    take(",");
    const second = expression();
    take(")");
    return { kind: "call", name: token.text, args: [first, second] };
  };

  if (tokens.length === 0) throw new FormulaError("syntax", "empty");
  const tree = expression();
  if (position !== tokens.length) throw new FormulaError("syntax", `unexpected "${tokens[position]!.text}"`);
  return tree;
}

/** The names a formula reads (outside and inside sum bodies), for checking a rule against its form. */
export function formulaNames(node: FormulaNode): { names: string[]; groups: string[] } {
  const names = new Set<string>();
  const groups = new Set<string>();
  const walk = (current: FormulaNode) => {
    if (current.kind === "name") names.add(current.name);
    else if (current.kind === "negate") walk(current.operand);
    else if (current.kind === "binary") [current.left, current.right].forEach(walk);
    else if (current.kind === "call") current.args.forEach(walk);
    else if (current.kind === "sum") {
      groups.add(current.group);
      walk(current.body);
    }
  };
  walk(node);
  return { names: [...names], groups: [...groups] };
}

/** Resolves a name to a value in the current scope (a group row inside sum, the answers outside). */
export type FormulaScope = {
  value(name: string): Fraction;
  rows(group: string): FormulaScope[];
};

export function evaluateFormula(node: FormulaNode, scope: FormulaScope): Fraction {
  switch (node.kind) {
    case "number":
      return node.value;
    case "name":
      return scope.value(node.name);
    case "negate": {
      const value = evaluateFormula(node.operand, scope);
      return { n: -value.n, d: value.d };
    }
    case "binary":
      return combine(node.operator, evaluateFormula(node.left, scope), evaluateFormula(node.right, scope));
    case "call": {
      const [a, b] = node.args.map((arg) => evaluateFormula(arg, scope)) as [Fraction, Fraction];
      const aLess = compare(a, b) < 0;
      return node.name === "min" ? (aLess ? a : b) : aLess ? b : a;
    }
    case "sum":
      return scope.rows(node.group).reduce((total, row) => combine("+", total, evaluateFormula(node.body, row)), ZERO);
  }
}

export const ZERO: Fraction = { n: 0n, d: 1n };

export function parseDecimal(text: string): Fraction {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new FormulaError("notANumber", text);
  const decimals = match[3] ?? "";
  const value = normalize({ n: BigInt(match[2]! + decimals), d: 10n ** BigInt(decimals.length) });
  return match[1] ? { n: -value.n, d: value.d } : value;
}

export function fromNumber(value: number): Fraction {
  if (!Number.isFinite(value)) throw new FormulaError("notANumber", String(value));
  // Form answers are decimals as typed; their shortest round-trip text is exact enough.
  const text = Math.abs(value) < 1e21 ? value.toString() : "";
  if (/e/i.test(text) || text === "") throw new FormulaError("notANumber", String(value));
  return parseDecimal(text);
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function normalize(value: Fraction): Fraction {
  const sign = value.d < 0n ? -1n : 1n;
  const divisor = gcd(value.n, value.d);
  return { n: (sign * value.n) / divisor, d: (sign * value.d) / divisor };
}

function compare(a: Fraction, b: Fraction): number {
  const difference = a.n * b.d - b.n * a.d;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

function combine(operator: "+" | "-" | "*" | "/", a: Fraction, b: Fraction): Fraction {
  switch (operator) {
    case "+":
      return normalize({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
    case "-":
      return normalize({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
    case "*":
      return normalize({ n: a.n * b.n, d: a.d * b.d });
    case "/":
      if (b.n === 0n) throw new FormulaError("divisionByZero", "");
      return normalize({ n: a.n * b.d, d: a.d * b.n });
  }
}

export type RoundingMode = "down" | "up" | "nearest";

/**
 * Whole rupiah, rounded to a multiple of `step` (1, 100, 1000…): down (the
 * citizen's favour, the usual rule for levies), up, or nearest with halves up.
 */
export function roundRupiah(value: Fraction, mode: RoundingMode, step: number): number {
  const unit = BigInt(step);
  const scaledDenominator = value.d * unit;
  let quotient = value.n / scaledDenominator;
  const remainder = value.n % scaledDenominator;
  if (remainder !== 0n) {
    const negative = value.n < 0n;
    if (mode === "up" && !negative) quotient += 1n;
    if (mode === "down" && negative) quotient -= 1n;
    if (mode === "nearest") {
      const twice = (remainder < 0n ? -remainder : remainder) * 2n;
      if (twice >= scaledDenominator) quotient += negative ? -1n : 1n;
    }
  }
  return Number(quotient * unit);
}
