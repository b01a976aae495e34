/**
 * Answers to and from an HTML form post. Input names:
 *
 * - a scalar field posts under its key: `applicantName`;
 * - a checkbox posts `on` (or `true`) under its key when ticked and nothing
 *   when not, so an absent checkbox reads as false;
 * - a group item's sub-field posts as `<groupKey>.<index>.<subKey>`, e.g.
 *   `familyMembers.0.memberName`. Indices only order the items: after rows are
 *   removed in the browser they may be sparse or out of order, and are
 *   compacted to 0, 1, 2… in ascending order;
 * - `<groupKey>.<index>` (any value) keeps an item whose sub-fields posted
 *   nothing, e.g. a row holding only an unticked checkbox and an unchosen radio.
 *
 * File inputs, names outside the definition and `$`-prefixed framework fields
 * are ignored. Only the first value of a repeated name counts (a checkbox is
 * ticked if any of its values is).
 */
import type { FormDefinition } from "./form-definition";
import { type AnswerField, type Answers, type AnswersInput, type GroupField, type GroupItemAnswers, isChecked, isRecord, topLevelFields } from "./form-fields";

export function groupInputName(groupKey: string, index: number, subKey: string): string {
  return `${groupKey}.${index}.${subKey}`;
}

export function groupItemMarkerName(groupKey: string, index: number): string {
  return `${groupKey}.${index}`;
}

type Entries = FormData | Iterable<[string, FormDataEntryValue]>;

/** The raw, unvalidated answers of a form post: strings, checkbox booleans and group item lists. */
export function answersFromFormData(definition: FormDefinition, formData: Entries): Answers {
  const fields = new Map(topLevelFields(definition).map((field) => [field.key, field]));
  const scalars = new Map<string, string[]>();
  const groups = new Map<string, Map<number, Map<string, string[]>>>();

  for (const [name, value] of formData) {
    if (typeof value !== "string") continue;
    const [key = "", index, subKey, ...rest] = name.split(".");
    const field = fields.get(key);
    if (!field || field.type === "file" || rest.length > 0) continue;
    if (index === undefined) {
      if (field.type !== "group") push(scalars, key, value);
      continue;
    }
    if (field.type !== "group" || !/^\d{1,6}$/.test(index)) continue;
    if (subKey !== undefined && !subFieldOf(field, subKey)) continue;
    const items = groups.get(key) ?? new Map<number, Map<string, string[]>>();
    groups.set(key, items);
    const item = items.get(Number(index)) ?? new Map<string, string[]>();
    items.set(Number(index), item);
    if (subKey !== undefined) push(item, subKey, value);
  }

  const answers: Answers = {};
  for (const field of fields.values()) {
    if (field.type === "file") continue;
    if (field.type === "group") {
      const items = groups.get(field.key) ?? new Map<number, Map<string, string[]>>();
      answers[field.key] = [...items.entries()].sort(([a], [b]) => a - b).map(([, values]) => readItem(field, values));
      continue;
    }
    const value = readScalar(field, scalars.get(field.key));
    if (value !== undefined) answers[field.key] = value;
  }
  return answers;
}

function push(map: Map<string, string[]>, key: string, value: string) {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

function subFieldOf(group: GroupField, subKey: string): AnswerField | undefined {
  const sub = group.fields.find((field) => field.key === subKey);
  return sub && sub.type !== "file" ? sub : undefined;
}

function readScalar(field: AnswerField, values: string[] | undefined): string | boolean | undefined {
  if (field.type === "checkbox") return (values ?? []).some(isChecked);
  return values?.[0];
}

function readItem(group: GroupField, values: Map<string, string[]>): GroupItemAnswers {
  const item: GroupItemAnswers = {};
  for (const sub of group.fields) {
    if (sub.type === "file") continue;
    const value = readScalar(sub, values.get(sub.key));
    if (value !== undefined) item[sub.key] = value;
  }
  return item;
}

/**
 * Answers as input values under the names above, to re-fill a form after a
 * failed post or to open a saved draft. Group items are numbered 0, 1, 2… as
 * in the answers, so error paths like `familyMembers.2.memberName` match the
 * inputs. Unticked checkboxes and empty answers are left out; fields not in
 * the definition are dropped.
 */
export function flattenAnswers(definition: FormDefinition, answers: AnswersInput): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of topLevelFields(definition)) {
    if (field.type === "file") continue;
    const value = answers[field.key];
    if (field.type !== "group") {
      const text = inputValue(field, value);
      if (text !== undefined) values[field.key] = text;
      continue;
    }
    if (!Array.isArray(value)) continue;
    value.forEach((item: unknown, index) => {
      let posted = false;
      for (const sub of field.fields) {
        if (sub.type === "file" || !isRecord(item)) continue;
        const text = inputValue(sub, item[sub.key]);
        if (text === undefined) continue;
        values[groupInputName(field.key, index, sub.key)] = text;
        posted = true;
      }
      if (!posted) values[groupItemMarkerName(field.key, index)] = "";
    });
  }
  return values;
}

function inputValue(field: AnswerField, value: unknown): string | undefined {
  if (field.type === "checkbox") return isChecked(value) ? "on" : undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * How many items a group has, from answers (an array) or from flattened
 * input values (the distinct `<key>.<index>` prefixes, as flattenAnswers numbers them).
 */
export function groupItemCount(answers: AnswersInput, key: string): number {
  const value = answers[key];
  if (Array.isArray(value)) return value.length;
  const prefix = `${key}.`;
  const indices = new Set<string>();
  for (const name of Object.keys(answers)) {
    if (!name.startsWith(prefix)) continue;
    const index = name.slice(prefix.length).split(".")[0] ?? "";
    if (/^\d+$/.test(index)) indices.add(index);
  }
  return indices.size;
}
