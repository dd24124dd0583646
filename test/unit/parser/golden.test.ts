// Golden files: each input under test/fixtures/parser/{ok,err}/ has its expected tree dump beside it
// (`NNNN-name.unres` → `NNNN-name.unres.tree`). Regenerate with UPDATE_EXPECT=1 and review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { dumpTree } from "./dump";
import { violations } from "./invariants";

const ROOT = join(__dirname, "../../fixtures/parser");
const UPDATE = process.env.UPDATE_EXPECT === "1";

for (const dir of ["ok", "err"]) {
  describe(`golden ${dir}`, () => {
    const inputs = readdirSync(join(ROOT, dir)).filter((f) => /\.(unres|txt)$/.test(f)).sort();
    it("has cases", () => expect(inputs.length).toBeGreaterThan(0));
    for (const f of inputs) {
      it(f, () => {
        const tree = parse(readFileSync(join(ROOT, dir, f), "utf8"), { format: f.endsWith(".unres") ? "unres" : "official" });
        expect(violations(tree)).toEqual([]);
        const errors = tree.diagnostics.filter((d) => d.severity === "error" || d.severity === "warning");
        // ok/ cases parse cleanly; err/ cases must report something.
        if (dir === "ok") expect(errors.map((d) => d.message)).toEqual([]);
        else expect(errors.length).toBeGreaterThan(0);
        const dump = dumpTree(tree);
        const expectFile = join(ROOT, dir, f + ".tree");
        if (UPDATE) writeFileSync(expectFile, dump);
        expect(existsSync(expectFile), `${f}.tree is missing: run with UPDATE_EXPECT=1 and review it`).toBe(true);
        expect(dump).toBe(readFileSync(expectFile, "utf8"));
      });
    }
  });
}
