import { describe, expect, it } from "vitest";
import { field, oneSectionForm } from "@/tests/fixtures/forms";
import { outputParticulars } from "./particulars";

const named = (id: string, en: string) => ({ id, en });

const form = oneSectionForm(
  field("eventName", { type: "text", label: named("Nama kegiatan", "Event name") }),
  field("eventType", {
    type: "select",
    label: named("Jenis kegiatan", "Kind of event"),
    options: [{ value: "konser", label: named("Konser musik", "Concert") }],
  }),
  field("eventStart", { type: "date", label: named("Tanggal mulai", "Start date") }),
  field("ticketed", { type: "checkbox", label: named("Bertiket", "Ticketed"), required: false }),
  field("ticketPrice", { type: "number", label: named("Harga tiket", "Ticket price"), visibleWhen: { field: "ticketed", equals: true } }),
  field("permitLetter", { type: "file", label: named("Surat", "Letter") }),
  field("lostItems", {
    type: "group",
    label: named("Barang yang hilang", "Lost items"),
    itemLabel: named("Barang", "Item"),
    fields: [field("itemName", { type: "text", label: named("Barang", "Item") }), field("itemPhoto", { type: "file", label: named("Foto", "Photo") })],
  }),
  field("securityPlan", { type: "textarea", label: named("Rencana pengamanan", "Security plan"), required: false }),
);

const answers = {
  eventName: "Festival Kenanga",
  eventType: "konser",
  eventStart: "2027-01-09",
  ticketed: false,
  ticketPrice: 50000,
  permitLetter: "doc-1",
  lostItems: [{ itemName: "Dompet" }, { itemName: "KTP-el" }],
  securityPlan: "",
};

describe("the particulars an output document states", () => {
  it("prints each answer the standard names, as the form shows it in both languages, in the form's order", () => {
    const facts = { lostItems: "lostItems", name: "eventName", start: "eventStart", kind: "eventType", ticketed: "ticketed" };
    expect(outputParticulars(facts, form, answers)).toEqual([
      { label: named("Nama kegiatan", "Event name"), value: named("Festival Kenanga", "Festival Kenanga") },
      { label: named("Jenis kegiatan", "Kind of event"), value: named("Konser musik", "Concert") },
      { label: named("Tanggal mulai", "Start date"), value: named("9 Januari 2027", "9 January 2027") },
      { label: named("Bertiket", "Ticketed"), value: named("Tidak", "No") },
      { label: named("Barang yang hilang", "Lost items"), value: named("Barang: Dompet\nBarang: KTP-el", "Item: Dompet\nItem: KTP-el") },
    ]);
  });

  it("leaves out files, answers the form hides, empty answers and everything the standard does not name", () => {
    const facts = { letter: "permitLetter", price: "ticketPrice", plan: "securityPlan", missing: "noSuchField" };
    expect(outputParticulars(facts, form, answers)).toEqual([]);
    expect(outputParticulars({}, form, answers)).toEqual([]);
  });
});
