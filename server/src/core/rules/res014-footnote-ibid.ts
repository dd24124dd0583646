/** `Ibid.` refers to the footnote before it, so it cannot be the first footnote. */
import { defineRule } from "../lint/types";

export default defineRule({
  id: "RES014",
  name: "footnote-ibid",
  description: "A footnote reading 'Ibid.' has a footnote before it to refer to",
  tags: ["footnotes"],
  severity: "error",
  fixable: false,
  check({ tree, report }) {
    // Only in the authoring format: in a PDF extraction footnote numbers and spacing come apart from the text,
    // and an official text is correct by definition.
    if (tree.format !== "unres") return;
    const numbered = tree.footnotes.filter((f) => /^\d+$/.test(f.number.value)).sort((a, b) => Number(a.number.value) - Number(b.number.value));
    numbered.forEach((f, i) => {
      if (!/^\s*Ibid\b/.test(f.body.text)) return;
      const prev = numbered[i - 1];
      if (!prev || Number(prev.number.value) !== Number(f.number.value) - 1) {
        report({ span: f.number.span, message: `Footnote ${f.number.value} reads 'Ibid.' but there is no footnote ${Number(f.number.value) - 1} before it to refer to` });
      }
    });
  },
});
