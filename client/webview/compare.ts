/**
 * The comparison view's script. It receives the comparison as JSON (postMessage) and builds the
 * page with DOM calls and textContent only, so no text from a resolution is ever parsed as HTML.
 *
 * Rendering is by blocks: every block of entries starts as a placeholder of estimated height and
 * is built when it comes near the viewport (IntersectionObserver), so a 380-paragraph omnibus
 * text does not lay out every paragraph at once.
 */
import type { CompareResult, ExtensionToView, ViewToExtension } from "../../server/src/protocol";
import type { LineageParagraph } from "../../server/src/core/compare/lineage";
import { counts, entriesOf, extraNotes, extraSummary, FILTERS, negotiationNotes, negotiationSummary, historyIndex, labelPair, verdict, visibleEntries, type Category, type Entry } from "./model";
import { el, redline, sideBySide } from "./dom";

declare function acquireVsCodeApi(): { postMessage(m: ViewToExtension): void; getState(): unknown; setState(s: unknown): void };

const vscode = acquireVsCodeApi();
const BLOCK = 24;

interface ViewState {
  only: Category[];
  query: string;
  layout: "inline" | "side";
  focused: number;
}

const saved = (vscode.getState() as Partial<ViewState> | undefined) ?? {};
const state: ViewState = { only: saved.only ?? [], query: saved.query ?? "", layout: saved.layout ?? "inline", focused: saved.focused ?? -1 };

let result: CompareResult | undefined;
let names = { old: "older text", new: "newer text" };
let reasonText = "";
let entries: Entry[] = [];
let shown: Entry[] = [];
let history = new Map<string, LineageParagraph>();
let observer: IntersectionObserver | undefined;
const opened = new Set<number>();

const app = document.getElementById("app")!;

function post(m: ViewToExtension): void {
  vscode.postMessage(m);
}

function save(): void {
  vscode.setState(state);
}

window.addEventListener("message", (event: MessageEvent<ExtensionToView>) => {
  const m = event.data;
  if (m.type === "data") {
    result = m.result;
    names = m.names;
    reasonText = m.reasonText;
    entries = entriesOf(m.result.view!.diff);
    history = historyIndex(m.result.view?.lineage);
    render();
  } else if (m.type === "error") showError(m.message);
  else if (m.type === "step") step(m.direction);
  // From the editor (Alt+F5 there): mark and scroll, but leave the keyboard focus in the editor.
  else if (m.type === "focusEntry") focusEntry(m.entry, false);
});

function showError(message: string): void {
  const box = document.getElementById("error") ?? app.insertBefore(el("div", { id: "error", role: "alert", class: "error" }), app.firstChild);
  box.textContent = `The comparison could not be updated: ${message}`;
}

// ---- the page ----------------------------------------------------------------------------------

function render(): void {
  if (!result?.view) return;
  const scroll = window.scrollY;
  app.replaceChildren(header(), toolbar(), el("main", { id: "list", "aria-label": "Paragraphs" }), el("div", { id: "live", class: "sr-only", "aria-live": "polite" }));
  app.setAttribute("aria-busy", "false");
  renderList();
  window.scrollTo(0, scroll);
}

function header(): HTMLElement {
  const r = result!;
  const diff = r.view!.diff;
  const h = el("header", { class: "summary" });
  h.append(el("h1", {}, `${names.old} → ${names.new}`));
  h.append(el("p", { class: "reason" }, `Older text: ${names.old}, ${reasonText}. ${entries.length} paragraphs compared.`));
  const nav = el("nav", { "aria-label": "Summary: click a count to show only those paragraphs", class: "counts" });
  for (const c of counts(entries)) {
    if (c.count === 0) continue;
    const pressed = state.only.length === 1 && state.only[0] === c.id;
    const b = el("button", { type: "button", class: `count cat-${c.id}`, "aria-pressed": String(pressed), "data-cat": c.id }, el("span", { class: "n" }, String(c.count)), ` ${c.name}`);
    b.addEventListener("click", () => setFilter(pressed ? [] : [c.id]));
    nav.append(b);
  }
  h.append(nav);
  const extras = [...negotiationSummary(diff).map((x) => ({ ...x, name: `Negotiation language: ${x.name.toLowerCase()}` })), ...extraSummary(diff)];
  if (extras.length) {
    const dl = el("dl", { class: "extras" });
    for (const x of extras) dl.append(el("dt", {}, x.name), el("dd", {}, x.value));
    h.append(dl);
  }
  const l = r.view!.lineage;
  if (l && l.documents.length > 2) {
    const ol = el("ol", { class: "lineage", "aria-label": "Versions compared, oldest first" });
    l.documents.forEach((d, i) => {
      const step = l.steps.find((s) => s.to === i);
      const note = step ? `: ${step.summary.substantive} paragraphs changed in substance` : "";
      ol.append(el("li", {}, `${d.symbol ?? d.file ?? `text ${i + 1}`}${note}`));
    });
    h.append(el("h2", { class: "sub" }, "Versions"), ol);
  }
  return h;
}

function toolbar(): HTMLElement {
  const bar = el("nav", { class: "toolbar", "aria-label": "Filters and layout" });
  const group = el("div", { role: "group", "aria-label": "Show only", class: "filters" });
  const all = el("button", { type: "button", "aria-pressed": String(state.only.length === 0), "data-cat": "all" }, "All");
  all.addEventListener("click", () => setFilter([]));
  group.append(all);
  for (const f of FILTERS) {
    const on = state.only.includes(f.id);
    const b = el("button", { type: "button", "aria-pressed": String(on), "data-cat": f.id }, f.name);
    b.addEventListener("click", () => setFilter(on ? state.only.filter((c) => c !== f.id) : [...state.only, f.id]));
    group.append(b);
  }
  const search = el("input", { type: "search", id: "search", placeholder: "Search paragraphs (/)", "aria-label": "Search paragraphs", value: state.query }) as HTMLInputElement;
  search.value = state.query;
  search.addEventListener("input", () => {
    state.query = search.value;
    save();
    renderList();
  });
  const layout = el("button", { type: "button", id: "layout", "aria-pressed": String(state.layout === "side") }, "Side by side");
  layout.addEventListener("click", () => {
    state.layout = state.layout === "side" ? "inline" : "side";
    save();
    render();
  });
  const prev = el("button", { type: "button", title: "Previous change (k, Shift+Alt+F5)" }, "↑ Previous");
  const next = el("button", { type: "button", title: "Next change (j, Alt+F5)" }, "↓ Next");
  prev.addEventListener("click", () => step(-1));
  next.addEventListener("click", () => step(1));
  bar.append(group, search, layout, prev, next);
  return bar;
}

function setFilter(only: Category[]): void {
  state.only = only;
  save();
  render();
}

// ---- the list, built block by block -------------------------------------------------------------

function renderList(): void {
  const list = document.getElementById("list")!;
  observer?.disconnect();
  if (prefetching) cancelIdleCallback(prefetching);
  prefetching = 0;
  shown = visibleEntries(entries, state);
  const status = `${shown.length} of ${entries.length} paragraphs shown`;
  list.replaceChildren(el("p", { class: "shown", role: "status" }, shown.length ? status : `${status}: no paragraph matches.`));
  observer = new IntersectionObserver(
    (seen) => {
      for (const s of seen) if (s.isIntersecting) materialize(s.target as HTMLElement);
    },
    { rootMargin: "1500px 0px" },
  );
  for (let i = 0; i < shown.length; i += BLOCK) {
    const block = el("div", { class: "block pending", "data-from": String(i) });
    block.style.height = `${estimate(shown.slice(i, i + BLOCK))}px`;
    list.append(block);
    observer.observe(block);
  }
}

function estimate(block: readonly Entry[]): number {
  const width = Math.max(240, document.documentElement.clientWidth - 48);
  const perLine = width / 8;
  return block.reduce((h, e) => h + (e.folded && !opened.has(e.index) ? 30 : 64 + 22 * Math.ceil(e.haystack.length / 2 / perLine)), 0);
}

function materialize(block: HTMLElement): void {
  if (!block.classList.contains("pending")) return;
  observer?.unobserve(block);
  block.classList.remove("pending");
  block.style.height = "";
  const from = Number(block.dataset.from);
  for (const e of shown.slice(from, from + BLOCK)) block.append(entryElement(e));
  prefetchSoon();
}

let prefetching = 0;

/**
 * While the reviewer reads, build the next blocks below, one per idle moment, so scrolling meets
 * built blocks (CSS content-visibility keeps the browser from laying out those off screen).
 */
function prefetchSoon(): void {
  if (prefetching) return;
  prefetching = requestIdleCallback(
    () => {
      prefetching = 0;
      const next = document.querySelector<HTMLElement>(".block:not(.pending) ~ .block.pending");
      if (next) materialize(next);
    },
    { timeout: 1000 },
  );
}

function entryElement(e: Entry): HTMLElement {
  const p = e.p;
  const id = `e${e.index}`;
  const cats = [...e.categories].map((c) => `cat-${c}`).join(" ");
  const article = el("article", { id, class: `entry ${e.folded ? "folded" : "changed"} ${cats}`, tabindex: "-1", "aria-labelledby": `${id}-h`, "data-entry": String(e.index) });
  const head = el("div", { class: "head" });
  const title = el("h2", { id: `${id}-h`, class: "label" }, labelPair(p));
  const badge = el("span", { class: `badge status-${p.status}` }, statusName(e));
  head.append(title, badge);
  if (!e.folded) head.append(el("span", { class: `badge ${p.technical ? "technical" : "substantive"}` }, p.technical ? "technical" : "substantive"));
  if (p.reasons.length) head.append(el("span", { class: "reasons" }, p.reasons.join(", ")));
  const go = el("button", { type: "button", class: "go", "aria-label": `Go to ${labelPair(p)} in the editor` }, "Go to");
  go.addEventListener("click", (ev) => {
    ev.stopPropagation();
    reveal(e, p.new ? "new" : "old");
  });
  head.append(go);
  article.append(head);
  article.setAttribute("aria-description", verdict(e));

  if (e.folded) {
    const open = opened.has(e.index);
    const toggle = el("button", { type: "button", class: "toggle", "aria-expanded": String(open), "aria-controls": `${id}-t` }, open ? "Hide text" : "Show text");
    toggle.addEventListener("click", (ev) => {
      ev.stopPropagation();
      if (opened.has(e.index)) opened.delete(e.index);
      else opened.add(e.index);
      article.replaceWith(entryElement(e));
      document.getElementById(id)?.querySelector<HTMLButtonElement>(".toggle")?.focus();
    });
    head.insertBefore(toggle, go);
    if (open) article.append(el("div", { id: `${id}-t`, class: "text" }, ...redline(p.changes)));
  } else {
    if (p.opener) article.append(el("p", { class: "opener" }, `Opener: ${p.opener.old} → ${p.opener.new}`));
    if (p.with?.length) article.append(el("p", { class: "with" }, `${p.status === "split" ? "Split; also" : "Merged with"} ${p.with.join(", ")}`));
    for (const note of [...negotiationNotes(p), ...extraNotes(p)]) article.append(el("p", { class: "note" }, note));
    article.append(state.layout === "side" ? sideBySide(p.changes, names, (side) => reveal(e, side)) : el("div", { class: "text" }, ...redline(p.changes)));
  }
  const h = p.new ? history.get(`${p.kind}:${p.new.index}`) : undefined;
  if (h && h.changes.length > 1) article.append(historyElement(h));
  article.addEventListener("click", (ev) => {
    // A click selects text too: only a plain click (no selection made) jumps to the editor.
    if (String(window.getSelection() ?? "") !== "" || (ev.target as HTMLElement).closest("button, summary, .side")) return;
    reveal(e, p.new ? "new" : "old");
  });
  article.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && ev.target === article) reveal(e, p.new ? "new" : "old");
  });
  return article;
}

/** The status as a reviewer reads it: a paragraph the engine calls unchanged may still have a formatting edit. */
function statusName(e: Entry): string {
  const p = e.p;
  if (e.folded) return p.status === "renumbered" ? "renumbered, unchanged" : "unchanged";
  if (p.status === "unchanged") return "edited";
  if (p.status === "renumbered") return "renumbered, edited";
  return p.status === "added" ? "new" : p.status;
}

function historyElement(h: LineageParagraph): HTMLElement {
  const docs = result?.view?.lineage?.documents ?? [];
  const name = (i: number) => docs[i]?.symbol ?? docs[i]?.file ?? `text ${i + 1}`;
  const details = el("details", { class: "history" });
  details.append(el("summary", {}, `History: first in ${name(h.firstSeen)} as ${h.firstLabel}, changed ${h.changes.length} times`));
  const ol = el("ol", {});
  for (const s of h.changes) {
    const li = el("li", {}, el("span", { class: "step" }, `${name(s.from)} → ${name(s.to)}: ${s.oldLabel ?? "new"} → ${s.newLabel}, ${s.status}${s.technical ? ", technical" : ""}`));
    li.append(el("div", { class: "text" }, ...redline(s.changes)));
    ol.append(li);
  }
  details.append(ol);
  return details;
}

// ---- navigation ----------------------------------------------------------------------------------

function reveal(e: Entry, side: "old" | "new"): void {
  state.focused = e.index;
  save();
  post({ type: "reveal", side, entry: e.index });
}

function changedShown(): Entry[] {
  return shown.filter((e) => !e.folded);
}

function step(direction: 1 | -1): void {
  const list = changedShown();
  if (list.length === 0) return;
  const at = list.findIndex((e) => e.index === state.focused);
  const pos = at < 0 ? (direction === 1 ? 0 : list.length - 1) : (at + direction + list.length) % list.length;
  const target = list[pos]!;
  focusEntry(target.index, true);
  const live = document.getElementById("live");
  if (live) live.textContent = `Change ${pos + 1} of ${list.length}: ${verdict(target)}`;
}

/** Build the entry's block if needed and scroll it to the middle; `announce`: a step in the view, which also takes the focus. */
function focusEntry(index: number, announce: boolean): void {
  const pos = shown.findIndex((e) => e.index === index);
  if (pos < 0) {
    // Filtered out: show everything again rather than lose the reviewer's place.
    if (!announce && entries[index]) {
      state.only = [];
      state.query = "";
      render();
      focusEntry(index, announce);
    }
    return;
  }
  const block = document.querySelector<HTMLElement>(`.block[data-from="${Math.floor(pos / BLOCK) * BLOCK}"]`);
  if (block) materialize(block);
  const node = document.getElementById(`e${index}`);
  if (!node) return;
  document.querySelector(".entry.current")?.classList.remove("current");
  node.classList.add("current");
  state.focused = index;
  save();
  node.scrollIntoView({ block: "center" });
  if (announce) node.focus({ preventScroll: true });
}

document.addEventListener("keydown", (ev) => {
  const inField = (ev.target as HTMLElement).matches?.("input, textarea");
  if (ev.key === "/" && !inField) {
    ev.preventDefault();
    document.getElementById("search")?.focus();
  } else if (ev.key === "Escape" && inField) {
    const s = ev.target as HTMLInputElement;
    s.value = "";
    s.dispatchEvent(new Event("input"));
  } else if (!inField && !ev.altKey && !ev.ctrlKey && !ev.metaKey && (ev.key === "j" || ev.key === "n")) step(1);
  else if (!inField && !ev.altKey && !ev.ctrlKey && !ev.metaKey && (ev.key === "k" || ev.key === "p")) step(-1);
});

post({ type: "ready" });
