/**
 * A draft made from an adopted text, the way a drafter starts from last year's resolution: the
 * `A/RES/s/n` symbol becomes `A/s/L.n` (masthead and every running header), `Distr.: General`
 * becomes `Distr.: Limited`, the "Resolution adopted by the General Assembly" line becomes a
 * sponsors line, the adoption date and the `[on the report …]` / `[without reference …]` line are
 * emptied, the `s/n.` number is removed and the closing (meeting and date) is emptied.
 *
 * Every line stays where it was (a removed line becomes an empty one), so line numbers in the draft
 * and the adopted text compare. Lines are found by what they say, never by position, so the helper
 * works on every extractor's text (pdftotext default, -layout, -raw, PyMuPDF, pdf.js).
 */

export interface MakeDraftOptions {
  /** The sponsors line that replaces "Resolution adopted by the General Assembly". */
  sponsors?: string;
}

export interface DraftSymbols {
  /** `A/RES/78/11`, or null when the text has no masthead (only its `78/11.` number). */
  adopted: string | null;
  /** `A/78/L.11`. */
  draft: string;
  /** `78/11`. */
  number: string;
}

const SYMBOL = /A\/RES\/((?:ES-|S-)?\d+)\/(\d+)(?!\d)/;
const NUMBER_LINE = /^(\s*)((?:ES-|S-)?\d+\/\d+)\.(\s*)/;
const ADOPTED = /Resolution adopted by the General Assembly\b.*$/;
const ADOPTION_DATE = /^\s*(?:on\s+)?(?:\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|\d{4})\s*$/;
const CLOSING_MEETING = /^\s*\d+(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?plenary\s+meeting\s*$/;
const CLOSING_DATE = /^\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*$/;
/** How far after the adoption line its date and the report line may be (blank lines included). */
const ADOPTION_WINDOW = 8;

export function draftSymbols(text: string): DraftSymbols {
  const m = SYMBOL.exec(text);
  if (m) return { adopted: m[0], draft: `A/${m[1]}/L.${m[2]}`, number: `${m[1]}/${m[2]}` };
  for (const line of text.split("\n")) {
    const n = NUMBER_LINE.exec(line);
    if (n) {
      const [session, num] = n[2]!.split("/");
      return { adopted: null, draft: `A/${session}/L.${num}`, number: n[2]! };
    }
  }
  throw new Error("makeDraft: no A/RES/s/n symbol and no s/n. number: not an adopted text");
}

export function makeDraft(text: string, options: MakeDraftOptions = {}): string {
  const sponsors = options.sponsors ?? "Freedonia: draft resolution";
  const symbols = draftSymbols(text);
  const lines = text.split("\n").map((raw) => {
    const cr = raw.endsWith("\r");
    return { body: cr ? raw.slice(0, -1) : raw, cr };
  });
  const body = lines.map((l) => l.body);

  if (symbols.adopted) {
    const own = new RegExp(escape(symbols.adopted) + "(?!\\d)", "g");
    for (let i = 0; i < body.length; i++) body[i] = body[i]!.replace(own, symbols.draft);
  }
  for (let i = 0; i < body.length; i++) body[i] = body[i]!.replace(/Distr\.:(\s*)General\b/, "Distr.:$1Limited");
  replaceAdoptionLines(body, sponsors);
  removeNumber(body, symbols.number);
  emptyClosings(body);

  return lines.map((l, i) => body[i] + (l.cr ? "\r" : "")).join("\n");
}

function replaceAdoptionLines(body: string[], sponsors: string): void {
  for (let i = 0; i < body.length; i++) {
    if (!ADOPTED.test(body[i]!)) continue;
    body[i] = body[i]!.replace(ADOPTED, sponsors);
    let j = nextNonBlank(body, i + 1, i + ADOPTION_WINDOW);
    if (j >= 0 && ADOPTION_DATE.test(body[j]!)) {
      body[j] = "";
      j = nextNonBlank(body, j + 1, i + ADOPTION_WINDOW);
    }
    if (j >= 0 && /^\s*\[(?:on the report|without reference)/.test(body[j]!)) {
      // The bracket may run over a few lines: empty them up to the closing bracket.
      for (let k = j; k < body.length && k <= i + ADOPTION_WINDOW + 4; k++) {
        const closes = body[k]!.includes("]");
        body[k] = "";
        if (closes) break;
      }
    }
  }
}

/** The `s/n.` number: alone on its line (default form) or before the title (-layout, -raw, PyMuPDF). */
function removeNumber(body: string[], number: string): void {
  for (let i = 0; i < body.length; i++) {
    const m = NUMBER_LINE.exec(body[i]!);
    if (!m || m[2] !== number) continue;
    const rest = body[i]!.slice(m[0].length);
    if (rest.trim() === "") body[i] = "";
    // Columns in -layout: keep the title where it was, as a draft's title stands at the body margin.
    else if (m[3]!.length >= 2) body[i] = m[1]! + " ".repeat(m[2]!.length + 1 + m[3]!.length) + rest;
    else body[i] = m[1]! + rest;
    return;
  }
}

function emptyClosings(body: string[]): void {
  for (let i = 0; i < body.length; i++) {
    if (!CLOSING_MEETING.test(body[i]!)) continue;
    body[i] = "";
    const j = nextNonBlank(body, i + 1, i + 3);
    if (j >= 0 && CLOSING_DATE.test(body[j]!)) body[j] = "";
  }
}

function nextNonBlank(body: string[], from: number, last: number): number {
  for (let i = from; i < body.length && i <= last; i++) if (body[i]!.trim() !== "") return i;
  return -1;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
