// Done-when check: the default rule set reports nothing at warning or error on official adopted
// texts (they are correct by definition). Cases the parser misreads are listed, with counts, in
// corpus-exceptions.json; anything else fails here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintSource } from "../../../server/src/core/lint/index";
import exceptionsFile from "./corpus-exceptions.json";

const DIR = join(__dirname, "../../fixtures/corpus/texts");
const files = readdirSync(DIR).filter((f) => f.startsWith("A-RES-")).sort();
const { parser, official } = exceptionsFile as Record<"parser" | "official", Record<string, Record<string, number>>>;
const allowed = (file: string, code: string) => (parser[file]?.[code] ?? 0) + (official[file]?.[code] ?? 0);

describe("official adopted texts lint clean", () => {
  const found: Record<string, Record<string, number>> = {};
  const unexpected: string[] = [];

  it("finds the corpus", () => expect(files.length).toBeGreaterThan(200));

  it("reports nothing at warning or error beyond the reviewed parser exceptions", () => {
    for (const f of files) {
      const { diagnostics } = lintSource(readFileSync(join(DIR, f), "utf8"));
      for (const d of diagnostics) {
        if (d.severity !== "error" && d.severity !== "warning") continue;
        const counts = (found[f] ??= {});
        counts[d.code] = (counts[d.code] ?? 0) + 1;
        if (counts[d.code]! > allowed(f, d.code)) unexpected.push(`${f} offset ${d.span.start}: ${d.code} ${d.message}`);
      }
    }
    const clean = files.filter((f) => !found[f]).length;
    const stale = Object.keys(parser).filter((f) => !found[f]);
    const deviating = Object.keys(official).filter((f) => found[f]);
    console.log(`lint corpus: ${clean}/${files.length} official texts with no finding at warning or above; ` +
      `${Object.keys(found).length - deviating.length} with findings the parser causes; ${deviating.length} where the official text itself deviates` +
      (stale.length ? `; stale exceptions (parser fixed, remove them): ${stale.join(", ")}` : ""));
    expect(unexpected).toEqual([]);
  });
});
