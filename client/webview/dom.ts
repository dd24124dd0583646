/**
 * DOM helpers for the comparison view. Text goes in as text nodes only: `el` never sets
 * innerHTML, so `<script>` or `</textarea>` in a resolution is shown, never parsed.
 */
import type { Change } from "../../server/src/core/compare/types";

type Child = Node | string;

export function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** One marked run: a hidden word for screen readers, since <ins>/<del> are not announced by all. */
function marked(tag: "ins" | "del", text: string): HTMLElement {
  return el(tag, {}, el("span", { class: "sr-only" }, tag === "ins" ? "[inserted: " : "[deleted: "), text, el("span", { class: "sr-only" }, "]"));
}

/** The changes as one inline redline: deleted words struck, inserted words underlined. */
export function redline(changes: readonly Change[], only?: "old" | "new"): Child[] {
  const out: Child[] = [];
  for (const c of changes) {
    if (c.op === "equal") out.push(c.text);
    else if (c.op === "delete" && only !== "new") out.push(marked("del", c.text));
    else if (c.op === "insert" && only !== "old") out.push(marked("ins", c.text));
  }
  return out;
}

/** Old and new text in two columns (one under the other when the view is narrow). */
export function sideBySide(changes: readonly Change[], names: { old: string; new: string }, onClick: (side: "old" | "new") => void): HTMLElement {
  const grid = el("div", { class: "sides" });
  for (const side of ["old", "new"] as const) {
    const text = redline(changes, side);
    const col = el("div", { class: `side ${side}`, role: "group", "aria-label": side === "old" ? names.old : names.new, tabindex: "0" });
    col.append(el("div", { class: "side-name", "aria-hidden": "true" }, side === "old" ? names.old : names.new), el("div", { class: "text" }, ...(text.length ? text : ["(none)"])));
    col.addEventListener("click", () => {
      if (String(window.getSelection() ?? "") === "") onClick(side);
    });
    col.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter") onClick(side);
    });
    grid.append(col);
  }
  return grid;
}
