import { describe, expect, it } from "vitest";
import { formDefinitionSchema } from "@/lib/catalog/form-definition";
import { inLocale } from "./localized";

const definition = formDefinitionSchema.parse({
  sections: [
    {
      key: "main",
      title: { id: "Data pemohon", en: "Applicant" },
      fields: [
        {
          key: "sex",
          type: "radio",
          label: { id: "Jenis kelamin", en: "Sex" },
          options: [
            { value: "MALE", label: { id: "Laki-laki", en: "Male" } },
            { value: "FEMALE", label: { id: "Perempuan", en: "Female" } },
          ],
        },
        {
          key: "family",
          type: "group",
          label: { id: "Anggota keluarga", en: "Family members" },
          itemLabel: { id: "Anggota", en: "Member" },
          fields: [{ key: "name", type: "text", label: { id: "Nama", en: "Name" }, help: { id: "Sesuai KK", en: "As on the family card" } }],
        },
      ],
    },
  ],
});

describe("a form definition in one language", () => {
  it("keeps every text of the reader's language, at every depth, and leaves the other language empty", () => {
    const english = inLocale(definition, "en");
    expect(english.sections[0]!.title).toEqual({ id: "", en: "Applicant" });
    const [sex, family] = english.sections[0]!.fields;
    expect(sex!.type === "radio" && sex!.options.map((option) => option.label.en)).toEqual(["Male", "Female"]);
    expect(family!.type === "group" && [family!.itemLabel, family!.fields[0]!.help]).toEqual([
      { id: "", en: "Member" },
      { id: "", en: "As on the family card" },
    ]);
    expect(JSON.stringify(english)).not.toContain("Laki-laki");
    expect(JSON.stringify(inLocale(definition, "id"))).not.toContain("Family members");
  });

  it("changes nothing but the texts, and leaves the shared definition untouched", () => {
    const indonesian = inLocale(definition, "id");
    expect(indonesian.sections[0]!.fields.map((field) => [field.key, field.type, field.required])).toEqual(
      definition.sections[0]!.fields.map((field) => [field.key, field.type, field.required]),
    );
    expect(definition.sections[0]!.title).toEqual({ id: "Data pemohon", en: "Applicant" });
  });
});
