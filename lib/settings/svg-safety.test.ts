import { describe, expect, it } from "vitest";
import { svgHazard } from "./svg-safety";

const svg = (body: string, attributes = "") =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attributes}>${body}</svg>`;

describe("svgHazard", () => {
  it("lets a plain logo through: shapes, gradients, local references", () => {
    expect(
      svgHazard(
        svg(
          '<defs><linearGradient id="g"><stop offset="0" stop-color="#063a6e"/></linearGradient></defs><rect width="10" height="10" fill="url(#g)"/><use href="#g"/>',
        ),
      ),
    ).toBeNull();
  });

  it.each([
    ["a script element", svg("<script>alert(1)</script>"), "script"],
    ["a namespaced script element", svg("<svg:script>alert(1)</svg:script>"), "script"],
    ["a javascript: link", svg('<a xlink:href="javascript:alert(1)"><rect/></a>'), "script"],
    ["an event handler", svg('<rect width="10" onload="alert(1)"/>'), "eventHandler"],
    ["an event handler on the root", svg("<rect/>", " onclick='x()'"), "eventHandler"],
    ["an event handler after a slash", svg('<rect/onmouseover="x()"/>'), "eventHandler"],
    ["an animation that sets href", svg('<a><set attributeName="href" to="javascript:x"/></a>'), "script"],
    ["foreignObject", svg("<foreignObject><div>hi</div></foreignObject>"), "foreignObject"],
    ["an external image", svg('<image href="https://example.com/x.png"/>'), "externalReference"],
    ["an external xlink", svg("<use xlink:href='other.svg#a'/>"), "externalReference"],
    ["an external url() in a style", svg("<style>rect{fill:url(https://x/y)}</style>"), "externalReference"],
    ["an @import", svg('<style>@import "https://x/y.css";</style>'), "externalReference"],
    ["character references that could spell anything", svg('<a href="&#106;avascript:x"><rect/></a>'), "externalReference"],
    ["a DOCTYPE with entities", `<!DOCTYPE svg [<!ENTITY x "y">]>${svg("&x;")}`, "doctype"],
    ["a stylesheet processing instruction", `<?xml-stylesheet href="x.css"?>${svg("")}`, "doctype"],
    ["HTML that is not an SVG", "<html><body>hi</body></html>", "notSvg"],
  ])("refuses %s", (_name, text, hazard) => {
    expect(svgHazard(text)).toBe(hazard);
  });
});
