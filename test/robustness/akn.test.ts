/**
 * The Akoma Ntoso export of hostile text: it never throws, the schema accepts every result (one xmllint run
 * over all cases) and the checker finds what the parse found, word for word. Case count fixed, seeded.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportAkn } from "../../server/src/core/export/akn";
import { parse } from "../../server/src/core/syntax/parse";
import { checkAkn, validateAkn } from "../helpers/akn-check";
import { hostile } from "./hostile";

const CASES = 120;
const SEED = process.env.RESDRAFT_FC_SEED === "random" ? Date.now() | 0 : Number(process.env.RESDRAFT_FC_SEED ?? 20261201);

describe("Akoma Ntoso export of hostile text", () => {
  it(`${CASES} mutated and generated texts: valid, and faithful to their parse`, () => {
    const texts = fc.sample(hostile, { numRuns: CASES, seed: SEED });
    const docs = new Map<string, string>();
    const problems: string[] = [];
    texts.forEach((text, i) => {
      for (const format of ["official", "unres"] as const) {
        const tree = parse(text, { format });
        const xml = exportAkn(tree);
        docs.set(`${i}-${format}`, xml);
        const p = checkAkn(xml, tree).problems;
        if (p.length) problems.push(`case ${i} (${format}, seed ${SEED}): ${p.slice(0, 3).join("; ")}`);
      }
    });
    expect(problems).toEqual([]);
    const invalid = [...validateAkn(docs)].filter(([, v]) => v !== null).map(([n, v]) => `${n}: ${v!.slice(0, 300)}`);
    expect(invalid).toEqual([]);
  }, 120_000);
});
