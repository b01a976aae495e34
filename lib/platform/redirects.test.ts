import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirects";

describe("safeRedirectPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeRedirectPath("/petugas", "/akun")).toBe("/petugas");
    expect(safeRedirectPath("/layanan?q=ktp", "/akun")).toBe("/layanan?q=ktp");
  });

  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/a\nb", "", undefined, 42])(
    "falls back for %s",
    (candidate) => {
      expect(safeRedirectPath(candidate, "/akun")).toBe("/akun");
    },
  );
});
