import { describe, expect, it } from "vitest";
import { compareDocuments } from "../../../server/src/core/compare/compare";
import { escapeHtml, renderHtml } from "../../../server/src/core/compare/render-html";
import { escapeMarkdown, renderMarkdown } from "../../../server/src/core/compare/render-markdown";
import { renderText } from "../../../server/src/core/compare/render-text";
import { doc, op } from "./helpers";

const d = compareDocuments(
  doc("A/RES/1/1", [op("Encourages <b>all</b> States & *others* to act;"), op("Decides to remain seized of the matter.")]),
  doc("A/RES/3/1", [op("Urges <b>all</b> States & *others* to act;"), op("Decides to remain seized of the matter.")]),
);

describe("reports", () => {
  it("text: colour only when asked, markers otherwise; unchanged paragraphs only with all", () => {
    expect(renderText(d)).toContain("[-Encourages-]{+Urges+}");
    expect(renderText(d)).not.toMatch(/\x1b\[/);
    expect(renderText(d, { color: true })).toMatch(/\x1b\[31;9mEncourages\x1b\[0m/);
    expect(renderText(d)).not.toContain("remain seized");
    expect(renderText(d, { all: true })).toContain("remain seized");
  });
  it("HTML escapes every document text", () => {
    const html = renderHtml(d);
    expect(html).toContain("&lt;b&gt;all&lt;/b&gt; States &amp;");
    expect(html).not.toContain("<b>");
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
  it("Markdown escapes markup in the text", () => {
    expect(renderMarkdown(d)).toContain("\\*others\\*");
    expect(renderMarkdown(d)).toContain("&lt;b&gt;");
    expect(escapeMarkdown("a|b_c")).toBe("a\\|b\\_c");
  });
});
