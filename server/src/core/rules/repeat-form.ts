/**
 * How a paragraph's opener repeats an earlier one: `Recalling also` (adverb after the head),
 * `Also requests` (adverb before), or plain. Shared by RES009 and RES010.
 */
import type { Paragraph } from "../syntax/tree";

export interface RepeatForm {
  /** The repeated word, lower case: `recalling`, `requests`. */
  readonly base: string;
  readonly adverb: "also" | "further" | null;
  readonly position: "before" | "after" | null;
  /** Where the words `Also requests` / `Requests also` are in the body text. */
  readonly at: number;
  readonly length: number;
}

/**
 * RES009, RES010 and RES028 each ask about the same paragraphs: the answer is kept per paragraph object (trees
 * are immutable, and a weak map lets a tree's answers go with it).
 */
const memo = new WeakMap<Paragraph, RepeatForm | null>();

export function repeatForm(p: Paragraph): RepeatForm | null {
  let f = memo.get(p);
  if (f === undefined) memo.set(p, (f = readRepeatForm(p)));
  return f;
}

/** After `X further`, what shows "further" is the adverb of a repeated opener, not an adjective (`further progress`). */
// A preposition of the verb (`Calls further upon`, `Calls further for`) shows it too, and so does a determiner or a
// preposition, which an adjective never precedes (`Strongly condemning further all attacks`, `concerned further about`).
const ADVERB_FOLLOWS = /^[,;]|^\s+(its|their|his|her|the|a|an|all|any|each|every|this|these|those|such|that|with|in|by|to|on|upon|for|about|at|of|from|over|whether|how)\b/;

/** Adverbs that stand before the repeated word of an opener (`Strongly condemning`, `Deeply concerned`). */
const HEAD_ADVERBS = "strongly|urgently|firmly|deeply|once again|again|fully|most|gravely|seriously|profoundly";
/** `Also requests`, `Also strongly condemning`: the adverb of repetition first. */
const BEFORE = new RegExp(`^(Also|Further)(\\s+)(?:(?:${HEAD_ADVERBS})\\s+)?([\\p{L}-]+)(?![\\p{L}'’-])`, "u");
/** `Strongly encourages`, `Deeply concerned also`: the head after its adverb, and an adverb of repetition after it. */
const HEAD = new RegExp(`^(?:${HEAD_ADVERBS}|further and strongly)\\s+([\\p{L}-]+)(?:(\\s+)(also|further)(?![\\p{L}'’-]))?`, "iu");

function readRepeatForm(p: Paragraph): RepeatForm | null {
  const text = p.body.text;
  // A paragraph in negotiation brackets (`[Recalling also …,]`) repeats an opener all the same.
  const lead = /^[\s[]*/.exec(text)![0].length;
  // The repeated word ends where the word ends (`Also recalling’s` is no `Recalling also’s`).
  // `Also strongly condemning`, `Also deeply concerned`: the repeated word is the head after its adverb.
  const before = BEFORE.exec(text.slice(lead));
  if (before) {
    return { base: before[3]!.toLowerCase(), adverb: before[1]!.toLowerCase() as "also" | "further", position: "before", at: lead, length: before[0].length };
  }
  const after = /^([\p{L}-]+)(\s+)(also|further)\b/u.exec(text.slice(lead));
  const opener = p.opener?.text ?? "";
  // `Welcoming further progress`: "further" is an adjective there, unless the opener phrase ends with it.
  if (after && (!p.opener || /\b(also|further)$/.test(opener) || after[3] === "also" || ADVERB_FOLLOWS.test(text.slice(lead + after[0].length)))) {
    return { base: after[1]!.toLowerCase(), adverb: after[3] as "also" | "further", position: "after", at: lead, length: after[0].length };
  }
  const word = /^([\p{L}-]+)/u.exec(text.slice(lead));
  if (!word) return null;
  // `Strongly encourages`, `Deeply concerned`: the repeated word is the head, after its adverb.
  // `Deeply concerned also`: that head repeated, the adverb after it.
  const head = HEAD.exec(text.slice(lead));
  if (head) {
    // `Strongly encourages further efforts`: "further" qualifies the noun there, as after a plain opener.
    const adjective = head[3]?.toLowerCase() === "further" && !ADVERB_FOLLOWS.test(text.slice(lead + head[0].length));
    const adverb = adjective ? null : ((head[3]?.toLowerCase() ?? null) as "also" | "further" | null);
    if (adjective) return { base: head[1]!.toLowerCase(), adverb: null, position: null, at: lead, length: head[0].length - head[2]!.length - head[3]!.length };
    return { base: head[1]!.toLowerCase(), adverb, position: adverb ? "after" : null, at: lead, length: head[0].length };
  }
  // `Noting with concern also`: the adverb at the end of a longer known opener.
  const tail = /\b(also|further)$/.exec(opener);
  if (tail && opener.split(/\s+/).length > 2) {
    return { base: word[1]!.toLowerCase(), adverb: tail[1] as "also" | "further", position: "after", at: lead, length: opener.length };
  }
  return { base: word[1]!.toLowerCase(), adverb: null, position: null, at: lead, length: word[1]!.length };
}
