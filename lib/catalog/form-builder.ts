/**
 * The form builder's edits of a draft form definition, as pure functions: each
 * returns a new definition, or null when the target no longer exists (a
 * stale page). Fields are addressed by position: "section.field", or
 * "section.field.sub" for a field inside a repeating group.
 */
import type { DraftField, DraftForm, DraftSection } from "./draft";

export type FieldAddress = { section: number; field: number; sub?: number };

export function parseAddress(text: string): FieldAddress | null {
  const match = /^(\d{1,3})\.(\d{1,3})(?:\.(\d{1,3}))?$/.exec(text);
  if (!match) return null;
  return { section: Number(match[1]), field: Number(match[2]), ...(match[3] !== undefined ? { sub: Number(match[3]) } : {}) };
}

export function formatAddress(address: FieldAddress): string {
  return [address.section, address.field, ...(address.sub !== undefined ? [address.sub] : [])].join(".");
}

/** The field at an address, or null. */
export function fieldAt(form: DraftForm, address: FieldAddress): DraftField | null {
  const field = form.sections[address.section]?.fields[address.field];
  if (!field) return null;
  if (address.sub === undefined) return field;
  return field.type === "group" ? (field.fields?.[address.sub] ?? null) : null;
}

/** The list an address points into (a section's fields or a group's), cloned, with a way to put it back. */
function withSiblings(form: DraftForm, address: FieldAddress, change: (list: DraftField[], index: number) => DraftField[] | null): DraftForm | null {
  const next = structuredClone(form);
  const section = next.sections[address.section];
  if (!section) return null;
  if (address.sub === undefined) {
    if (address.field > section.fields.length) return null;
    const changed = change(section.fields, address.field);
    if (!changed) return null;
    section.fields = changed;
    return next;
  }
  const group = section.fields[address.field];
  if (!group || group.type !== "group") return null;
  const list = group.fields ?? [];
  if (address.sub > list.length) return null;
  const changed = change(list, address.sub);
  if (!changed) return null;
  group.fields = changed;
  return next;
}

export type Direction = "up" | "down";

export function moveField(form: DraftForm, address: FieldAddress, direction: Direction): DraftForm | null {
  return withSiblings(form, address, (list, index) => {
    const target = direction === "up" ? index - 1 : index + 1;
    if (!list[index] || target < 0 || target >= list.length) return null;
    const copy = [...list];
    [copy[index], copy[target]] = [copy[target]!, copy[index]!];
    return copy;
  });
}

export function removeField(form: DraftForm, address: FieldAddress): DraftForm | null {
  return withSiblings(form, address, (list, index) => (list[index] ? list.filter((_, i) => i !== index) : null));
}

export function replaceField(form: DraftForm, address: FieldAddress, field: DraftField): DraftForm | null {
  return withSiblings(form, address, (list, index) => (list[index] ? list.map((existing, i) => (i === index ? field : existing)) : null));
}

/** Appends a field to a section, or to a group when `group` names one ("section.field"). */
export function appendField(form: DraftForm, section: number, field: DraftField, group?: number): DraftForm | null {
  const sectionRow = form.sections[section];
  if (!sectionRow) return null;
  if (group === undefined) return withSiblings(form, { section, field: sectionRow.fields.length }, (list) => [...list, field]);
  const groupRow = sectionRow.fields[group];
  if (!groupRow || groupRow.type !== "group" || field.type === "group") return null;
  return withSiblings(form, { section, field: group, sub: (groupRow.fields ?? []).length }, (list) => [...list, field]);
}

export function appendSection(form: DraftForm, section: DraftSection): DraftForm {
  return { sections: [...structuredClone(form.sections), section] };
}

export function updateSection(form: DraftForm, index: number, change: Pick<DraftSection, "key" | "title">): DraftForm | null {
  if (!form.sections[index]) return null;
  const next = structuredClone(form);
  next.sections[index] = { ...next.sections[index]!, ...change };
  return next;
}

export function removeSection(form: DraftForm, index: number): DraftForm | null {
  if (!form.sections[index]) return null;
  return { sections: structuredClone(form.sections).filter((_, i) => i !== index) };
}

export function moveSection(form: DraftForm, index: number, direction: Direction): DraftForm | null {
  const target = direction === "up" ? index - 1 : index + 1;
  if (!form.sections[index] || target < 0 || target >= form.sections.length) return null;
  const sections = structuredClone(form.sections);
  [sections[index], sections[target]] = [sections[target]!, sections[index]!];
  return { sections };
}

/** Every field key in the form, group members included: what visibleWhen may refer to. */
export function allFieldKeys(form: DraftForm): string[] {
  return form.sections.flatMap((section) => section.fields.flatMap((field) => [field.key, ...(field.fields ?? []).map((sub) => sub.key)]));
}
