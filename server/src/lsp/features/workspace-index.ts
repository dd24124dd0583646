/**
 * Which resolutions the workspace holds, by document symbol (read from each file's masthead or
 * front matter, not its name), so `resolution 78/229` can lead to that file. Reads only regular
 * files inside the workspace folders (no symlinks), only `.unres` and `.txt` (their heads), and official PDFs
 * (read whole by the PDF reader, in the background, one at a time, at most MAX_PDFS of them, each at most
 * MAX_PDF_BYTES; a PDF is read again only when its size or time changes), so last year's PDF is a
 * predecessor candidate like its text.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ServerContext } from "../context";
import { describeDocument, HEAD_CHARS, type DocumentFacts } from "../../core/editor/describe";
import { formatHint } from "../../core/syntax/format";
import type { KnownDocument } from "../../core/editor/hover";
import { loadDocument } from "../../core/input/load";

const MAX_FILES = 5000;
const MAX_PDFS = 300;
const MAX_PDF_BYTES = 30_000_000;
const MAX_DEPTH = 8;
const SKIP_DIRS = new Set(["node_modules", "dist", "out", "build", "coverage"]);
/**
 * The index is rebuilt in the background when older than this. Open documents are always
 * looked at first, so a resolution being edited is found at once whatever the index says.
 */
const STALE_MS = 5 * 60_000;

export interface IndexedDocument extends KnownDocument {
  /** The line of the title in the file (where "go to definition" lands). */
  readonly line: number;
}

function readHead(path: string): string {
  const fd = openSync(path, "r");
  try {
    // UTF-8 takes at most 4 bytes a character: this many bytes hold HEAD_CHARS characters.
    const buf = Buffer.alloc(HEAD_CHARS * 3);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > MAX_DEPTH || out.length >= MAX_FILES) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (out.length >= MAX_FILES) return;
      if (e.isSymbolicLink() || e.name.startsWith(".")) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(p, depth + 1);
      } else if (e.isFile() && [".unres", ".txt", ".pdf"].includes(extname(e.name).toLowerCase())) out.push(p);
    }
  };
  walk(root, 0);
  return out;
}

/** Up to this many files are indexed at once on the first lookup; more are indexed in the background. */
const SYNC_LIMIT = 50;
const CHUNK = 5;

export class WorkspaceIndex {
  private docs = new Map<string, IndexedDocument>();
  private builtAt = -Infinity;
  private building = false;
  /** PDFs read so far, by path, with the size and time they were read at. */
  private pdfs = new Map<string, { stamp: string; doc: IndexedDocument | null }>();
  private readingPdfs = false;

  constructor(private readonly ctx: ServerContext) {}

  /** The file holding `symbol`: open documents first, then the workspace files. */
  lookup(symbol: string): IndexedDocument | undefined {
    const key = symbol.toUpperCase();
    for (const doc of this.ctx.store.documents.all()) {
      const a = this.ctx.store.analysis(doc.uri);
      if (a?.tree.header.symbol?.value.toUpperCase() === key) {
        const t = a.tree;
        return {
          symbol: t.header.symbol!.value,
          title: t.title?.text.text.replace(/\s+/g, " ").trim() ?? null,
          date: t.header.adoptionDate?.value ?? t.header.distributionDate?.value ?? null,
          uri: doc.uri,
          line: t.title ? a.lines.positionAt(t.title.span.start).line : 0,
        };
      }
    }
    this.warm();
    return this.docs.get(key) ?? this.pdfDocs().find((d) => d.symbol.toUpperCase() === key);
  }

  /** Every indexed workspace file (as of the last build; builds the index first if it never was). */
  all(): IndexedDocument[] {
    if (this.builtAt === -Infinity && !this.building) this.warm();
    // A text and a PDF of one resolution: the text, which the user may have edited, is listed.
    return [...this.docs.values(), ...this.pdfDocs().filter((d) => !this.docs.has(d.symbol.toUpperCase()))];
  }

  private pdfDocs(): IndexedDocument[] {
    return [...this.pdfs.values()].flatMap((p) => (p.doc ? [p.doc] : []));
  }

  /** Reads the PDFs among `paths` one after another, off the request path. */
  private readPdfs(paths: readonly string[]): void {
    if (this.readingPdfs) return;
    this.readingPdfs = true;
    const keep = new Set(paths);
    for (const p of this.pdfs.keys()) if (!keep.has(p)) this.pdfs.delete(p);
    const next = async (i: number): Promise<void> => {
      if (i >= paths.length) {
        this.readingPdfs = false;
        return;
      }
      const path = paths[i]!;
      try {
        const st = statSync(path);
        const stamp = `${st.size}:${st.mtimeMs}`;
        if (this.pdfs.get(path)?.stamp !== stamp) {
          this.pdfs.set(path, { stamp, doc: null });
          if (st.size <= MAX_PDF_BYTES) {
            const r = await loadDocument(new Uint8Array(await readFile(path)), path);
            const facts = r.ok ? describeDocument(r.text.slice(0, HEAD_CHARS), "official") : null;
            if (facts) this.pdfs.set(path, { stamp, doc: { ...facts, uri: pathToFileURL(path).toString(), line: 0 } });
          }
        }
      } catch {
        // An unreadable PDF is not a candidate; nothing to report from a background scan.
      }
      setImmediate(() => void next(i + 1));
    };
    void next(0);
  }

  /** Builds the index if it is missing or stale: small workspaces at once, large ones in chunks. */
  warm(): void {
    if (this.building || Date.now() - this.builtAt < STALE_MS) return;
    this.building = true;
    const all = this.files();
    this.readPdfs(all.filter((f) => f.toLowerCase().endsWith(".pdf")).slice(0, MAX_PDFS));
    const files = all.filter((f) => !f.toLowerCase().endsWith(".pdf"));
    const docs = new Map<string, IndexedDocument>();
    const finish = () => {
      this.docs = docs;
      this.builtAt = Date.now();
      this.building = false;
    };
    if (files.length <= SYNC_LIMIT) {
      for (const f of files) this.add(docs, f);
      return finish();
    }
    // Chunks keep the server answering while hundreds of heads are read.
    let i = 0;
    const step = () => {
      try {
        for (const end = Math.min(files.length, i + CHUNK); i < end; i++) this.add(docs, files[i]!);
      } catch {
        // A file vanishing mid-scan is not an error worth stopping for.
      }
      if (i < files.length) setImmediate(step);
      else finish();
    };
    setImmediate(step);
  }

  private files(): string[] {
    const out: string[] = [];
    for (const folder of this.ctx.client.workspaceFolders) {
      if (!folder.startsWith("file:")) continue;
      try {
        out.push(...listFiles(fileURLToPath(folder)));
      } catch {
        // Not a local folder.
      }
    }
    return out.slice(0, MAX_FILES);
  }

  private add(docs: Map<string, IndexedDocument>, path: string): void {
    let facts: DocumentFacts | null = null;
    let head = "";
    try {
      head = readHead(path);
      facts = describeDocument(head, formatHint(path));
    } catch {
      return;
    }
    if (!facts) return;
    const key = facts.symbol.toUpperCase();
    if (docs.has(key)) return;
    const at = facts.title ? head.indexOf(facts.title.split(" ").slice(0, 3).join(" ")) : -1;
    const line = at > 0 ? head.slice(0, at).split("\n").length - 1 : 0;
    docs.set(key, { ...facts, uri: pathToFileURL(path).toString(), line });
  }
}

const indexes = new WeakMap<ServerContext, WorkspaceIndex>();
/** One index per server (features share it). */
export function workspaceIndex(ctx: ServerContext): WorkspaceIndex {
  let ix = indexes.get(ctx);
  if (!ix) {
    ix = new WorkspaceIndex(ctx);
    indexes.set(ctx, ix);
  }
  return ix;
}
