/**
 * Checks of an Akoma Ntoso export that the schema cannot make, and the schema check itself through
 * `xmllint --schema` (Debian package libxml2-utils). Shared by test/unit/export/akn.test.ts and the corpus
 * script scripts/check-akn-corpus.mjs, so the note's numbers and the tests' verdicts come from one checker.
 *
 * The XML is read with a small tag scanner, enough for well-formed output (xmllint has said it is); the checks
 * compare it with the parse tree: counts of containers, paragraphs and notes, each paragraph's words, the opener
 * in each container's name, eIds unique and well-formed, every `#ref` resolved, FRBR IRIs as AKN4UN builds them,
 * each cited resolution's `<ref href>` its own work IRI.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Resolution } from "../../server/src/core/syntax/tree";

/** The schema copied into the repository (`schemas/akn/`), found from this file or from the working directory. */
export function schemaPath(): string {
  const candidates = [resolve(__dirname, "../../schemas/akn/akomantoso30.xsd"), resolve(process.cwd(), "schemas/akn/akomantoso30.xsd")];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`the Akoma Ntoso schema is not at ${candidates.join(" or ")}`);
  return found;
}

interface El {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly parent: El | null;
  readonly children: (El | string)[];
}

const TOKEN = /<\?[^>]*\?>|<!--[\s\S]*?-->|<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([\w:.-]+)="([^"]*)"/g;

function unescape(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : e === "apos" ? "'" : e === "amp" ? "&" :
    String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));
}

export function scan(xml: string): El {
  const root: El = { name: "#document", attrs: {}, parent: null, children: [] };
  let at: El = root;
  for (const m of xml.matchAll(TOKEN)) {
    if (m[5] !== undefined) {
      at.children.push(unescape(m[5]));
    } else if (m[2]) {
      if (m[1]) {
        if (at.name !== m[2]) throw new Error(`unbalanced </${m[2]}> inside <${at.name}>`);
        at = at.parent!;
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? "").matchAll(ATTR)) attrs[a[1]!] = unescape(a[2]!);
      const el: El = { name: m[2], attrs, parent: at, children: [] };
      at.children.push(el);
      if (!m[4]) at = el;
    }
  }
  return root;
}

export function elements(el: El, out: El[] = []): El[] {
  for (const c of el.children) {
    if (typeof c !== "string") {
      out.push(c);
      elements(c, out);
    }
  }
  return out;
}

/** Text content, leaving out notes and the element's own number. */
function words(el: El, top: El = el): string {
  let s = "";
  for (const c of el.children) {
    if (typeof c === "string") s += c;
    else if (c.name !== "authorialNote" && c.name !== "noteRef" && !(c.name === "num" && c.parent === top)) s += words(c, top);
  }
  return s;
}

/** Words without white space; characters XML 1.0 cannot carry (most C0 controls) are dropped on export, so here too. */
const squash = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/\s+/g, "");
const within = (el: El, name: string): boolean => {
  for (let p = el.parent; p; p = p.parent) if (p.name === name) return true;
  return false;
};

/** `Recalling also` → `recallingalso`: how a container name must read once case and separators are dropped. */
const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();

const EID = /^(?:(?:preface|preamble|conclusions)__)?[a-z][A-Za-z]*_[A-Za-z0-9]+(?:-\d+)?(?:__[a-z][A-Za-z]*_[A-Za-z0-9]+(?:-\d+)?)*$/;

export interface AknCounts {
  readonly containers: number;
  readonly paragraphs: number;
  readonly notes: number;
}

export interface AknReport {
  readonly problems: string[];
  readonly counts: AknCounts;
}

/** Every check the schema cannot make. An empty `problems` list is a pass. */
export function checkAkn(xml: string, tree: Resolution): AknReport {
  const problems: string[] = [];
  const root = scan(xml);
  const all = elements(root);
  const statement = all.find((e) => e.name === "statement");
  if (!statement) return { problems: ["no <statement>"], counts: { containers: 0, paragraphs: 0, notes: 0 } };

  // eIds: unique within each document (the statement, and each attached doc apart), well formed.
  const docs = [statement, ...all.filter((e) => e.name === "doc" && within(e, "attachment"))];
  const ids = new Set<string>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const e of elements(doc)) {
      const id = e.attrs["eId"];
      if (id === undefined) continue;
      if (doc === statement && within(e, "attachment")) continue;
      if (seen.has(id)) problems.push(`eId ${id} is not unique`);
      if (!EID.test(id) && !within(e, "references")) problems.push(`eId ${id} is not of the form name_num(__name_num)*`);
      seen.add(id);
      ids.add(id);
    }
  }
  for (const e of all) {
    for (const key of ["href", "refersTo", "source"]) {
      const v = e.attrs[key];
      if (v?.startsWith("#") && !ids.has(v.slice(1))) problems.push(`<${e.name} ${key}="${v}"> points to no eId`);
    }
  }

  // The parts of the tree, one element each.
  const preambular = all.filter((e) => (e.name === "container" && e.parent?.name === "preamble") || (e.name === "hcontainer" && within(e, "mainBody")));
  const paragraphs = all.filter((e) => e.name === "paragraph");
  const notes = all.filter((e) => e.name === "authorialNote" && !within(e, "attachment"));
  const counts = { containers: preambular.length, paragraphs: paragraphs.length, notes: notes.length };
  const inAnnexNotes = all.filter((e) => e.name === "authorialNote" && within(e, "attachment")).length;
  if (counts.containers !== tree.preamble.length) problems.push(`${counts.containers} preambular containers, the parse has ${tree.preamble.length}`);
  if (counts.paragraphs !== tree.operative.length) problems.push(`${counts.paragraphs} paragraphs, the parse has ${tree.operative.length}`);
  if (counts.notes + inAnnexNotes !== tree.footnotes.length) problems.push(`${counts.notes + inAnnexNotes} notes, the parse has ${tree.footnotes.length} footnotes`);

  // Same words, same openers, in document order.
  const pre = [...tree.preamble].sort((a, b) => a.span.start - b.span.start);
  const position = new Map(all.map((e, i) => [e, i]));
  const sortedPreambular = [...preambular].sort((a, b) => position.get(a)! - position.get(b)!);
  const preXml = [...sortedPreambular.filter((e) => e.name === "container"), ...sortedPreambular.filter((e) => e.name === "hcontainer")];
  const preTree = [...pre.filter((p) => !inSection(tree, p.span.start)), ...pre.filter((p) => inSection(tree, p.span.start))];
  preTree.forEach((p, i) => {
    const e = preXml[i];
    if (!e) return;
    const name = e.attrs["name"] ?? "";
    if (p.opener && letters(name) !== letters(p.opener.text)) problems.push(`container ${e.attrs["eId"]} is named ${name}, its opener is '${p.opener.text}'`);
    if (squash(words(e)) !== squash(p.body.text)) problems.push(`container ${e.attrs["eId"]}: words differ from PP${p.index}`);
  });
  const ops = [...tree.operative].sort((a, b) => a.span.start - b.span.start);
  ops.forEach((p, i) => {
    const e = paragraphs[i];
    if (!e) return;
    const num = e.children.find((c): c is El => typeof c !== "string" && c.name === "num");
    if (p.number && (!num || words(num) !== `${p.number.text}.`)) problems.push(`paragraph ${e.attrs["eId"]}: <num> is not '${p.number.text}.'`);
    if (squash(words(e)) !== squash(p.body.text)) problems.push(`paragraph ${e.attrs["eId"]}: words differ from OP${p.index}`);
  });
  // A damaged text may print one number twice: a note matches one of the footnotes of its number.
  const byMarker = new Map<string, string[]>();
  for (const f of tree.footnotes) byMarker.set(f.number.value, [...(byMarker.get(f.number.value) ?? []), squash(f.body.text)]);
  for (const n of notes) {
    const bodies = byMarker.get(n.attrs["marker"] ?? "");
    if (!bodies) problems.push(`note ${n.attrs["eId"]} has marker ${n.attrs["marker"]}, no such footnote`);
    else if (!bodies.includes(squash(words(n)))) problems.push(`note ${n.attrs["eId"]}: words differ from footnote ${n.attrs["marker"]}`);
    if (n.attrs["placement"] !== "bottom") problems.push(`note ${n.attrs["eId"]} is not placement="bottom"`);
  }

  // A cited resolution points to its work IRI: its own number, with a date.
  for (const r of all.filter((e) => e.name === "ref")) {
    const m = /^\/akn\/un\/statement\/deliberation\/un-ga\/\d{4}-\d{2}-\d{2}\/(\d+)-(\d+)\/$/.exec(r.attrs["href"] ?? "");
    if (!m || words(r) !== `${m[1]}/${m[2]}`) problems.push(`<ref href="${r.attrs["href"]}"> around '${words(r)}' is not that resolution's work IRI`);
  }
  problems.push(...checkFrbr(all, tree));
  return { problems, counts };
}

function inSection(tree: Resolution, at: number): boolean {
  return tree.sections.some((s) => s.span.start <= at && at < s.span.end);
}

/** FRBR IRIs: `/akn/un/statement/deliberation/un-ga/{date}/{number}` and the expression and manifestation built on it. */
function checkFrbr(all: El[], tree: Resolution): string[] {
  const problems: string[] = [];
  const value = (parent: string, child: string, attr = "value"): string | undefined =>
    all.find((e) => e.name === child && e.parent?.name === parent && !within(e, "attachment"))?.attrs[attr];
  const work = value("FRBRWork", "FRBRuri") ?? "";
  const m = /^\/akn\/un\/statement\/deliberation\/un-ga\/(\d{4}-\d{2}-\d{2})\/([A-Za-z0-9-]+)$/.exec(work);
  if (!m) return [`work IRI '${work}' is not /akn/un/statement/deliberation/un-ga/DATE/NUMBER`];
  const [, date, number] = m;
  const draft = all.find((e) => e.name === "statement")?.attrs["name"] === "resolutionDraft";
  const symbol = tree.header.symbol?.value ?? "";
  // An adopted resolution is numbered by its number above the title, else by its symbol's `A/RES/` tail.
  const adopted = tree.title?.number?.value ?? /^A\/RES\/(.+)$/.exec(symbol)?.[1];
  const expectedNumber = (!draft && adopted ? adopted : symbol).replace(/\//g, "-").replace(/[^A-Za-z0-9-]/g, "");
  if (expectedNumber && number !== expectedNumber) problems.push(`work number ${number}, expected ${expectedNumber}`);
  if (!draft && tree.closing?.date) {
    const adopted = new Date(`${tree.closing.date.value} UTC`).toISOString().slice(0, 10);
    if (date !== adopted) problems.push(`work date ${date}, the resolution was adopted on ${adopted}`);
  }
  if (value("FRBRWork", "FRBRdate", "date") !== date) problems.push("FRBRWork/FRBRdate is not the IRI's date");
  const lang = value("FRBRExpression", "FRBRlanguage", "language") ?? "";
  const expected: [string, string, string | undefined][] = [
    ["FRBRWork", "FRBRthis", `${work}/!main`],
    ["FRBRExpression", "FRBRuri", `${work}/${lang}@`],
    ["FRBRExpression", "FRBRthis", `${work}/${lang}@/!main`],
    ["FRBRManifestation", "FRBRuri", `${work}/${lang}@.akn`],
    ["FRBRManifestation", "FRBRthis", `${work}/${lang}@/!main.xml`],
  ];
  for (const [parent, child, want] of expected) {
    const got = value(parent, child);
    if (got !== want) problems.push(`${parent}/${child} is '${got}', expected '${want}'`);
  }
  if (!/^[a-z]{3}$/.test(lang)) problems.push(`FRBRlanguage '${lang}' is not an ISO 639-2 code`);
  return problems;
}

/** Is xmllint there? If not, say which package brings it: a missing validator fails, it never skips. */
export function requireXmllint(): void {
  const r = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (r.error) throw new Error("xmllint is missing: install the Debian package libxml2-utils (apt-get install libxml2-utils) to validate Akoma Ntoso exports");
}

/**
 * Validate documents against the Akoma Ntoso 3.0 schema in one xmllint run. Returns, per name, null when it
 * validates, else xmllint's messages.
 */
export function validateAkn(docs: ReadonlyMap<string, string>): Map<string, string | null> {
  requireXmllint();
  const dir = mkdtempSync(join(tmpdir(), "resdraft-akn-"));
  try {
    const files = [...docs].map(([name, xml], i) => {
      const file = join(dir, `${i}.xml`);
      writeFileSync(file, xml);
      return { name, file };
    });
    const r = spawnSync("xmllint", ["--noout", "--schema", schemaPath(), ...files.map((f) => f.file)], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    const result = new Map<string, string | null>();
    for (const { name, file } of files) {
      const lines = r.stderr.split("\n").filter((l) => l.startsWith(`${file}:`) || l.startsWith(`${file} `));
      result.set(name, lines.some((l) => l === `${file} validates`) ? null : lines.join("\n").replaceAll(file, name) || `xmllint said nothing about it (exit ${r.status}): ${r.stderr.slice(-500)}`);
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
