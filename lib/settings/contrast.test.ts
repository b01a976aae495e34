import { describe, expect, it } from "vitest";
import { AA_TEXT_RATIO, contrastRatio, contrastShortfalls, displayRatio, normalizeHexColour, relativeLuminance } from "./contrast";

describe("WCAG contrast", () => {
  it("gives the reference values: black on white is 21:1, a colour on itself 1:1", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#0b5cad", "#0b5cad")).toBe(1);
    expect(relativeLuminance("#ffffff")).toBe(1);
    expect(relativeLuminance("#000000")).toBe(0);
  });

  it("matches published ratios (#767676 on white is the lightest grey that passes AA)", () => {
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(AA_TEXT_RATIO);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(AA_TEXT_RATIO);
    expect(displayRatio(contrastRatio("#777777", "#ffffff"))).toBe(4.47);
  });

  it("never rounds a failing ratio up to the threshold", () => {
    expect(displayRatio(4.4999)).toBe(4.49);
  });

  it("accepts the portal's own colours and refuses a light one, naming its weakest pairing", () => {
    expect(contrastShortfalls({ colorHeader: "#063a6e", colorAction: "#0b5cad" })).toEqual([]);
    const [shortfall, ...rest] = contrastShortfalls({ colorHeader: "#063a6e", colorAction: "#7fb2e5" });
    expect(rest).toEqual([]);
    expect(shortfall).toMatchObject({ field: "colorAction", against: "#eef6ff" });
    expect(shortfall!.ratio).toBeLessThan(AA_TEXT_RATIO);
  });

  it("checks the header colour against the white text it carries", () => {
    expect(contrastShortfalls({ colorHeader: "#ffcc00", colorAction: "#0b5cad" }).map((s) => s.field)).toEqual(["colorHeader"]);
  });

  it("reads the usual ways of writing a hex colour and nothing else", () => {
    expect(normalizeHexColour("#0B5CAD")).toBe("#0b5cad");
    expect(normalizeHexColour(" 0b5cad ")).toBe("#0b5cad");
    expect(normalizeHexColour("#0b5")).toBe("#00bb55");
    expect(normalizeHexColour("blue")).toBeNull();
    expect(normalizeHexColour("#0b5cad; background:url(x)")).toBeNull();
  });
});
