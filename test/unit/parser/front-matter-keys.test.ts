// Unknown front matter keys get a warning naming the known ones; every key the code reads is known.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/syntax/parse";
import { FRONT_MATTER_KEYS } from "../../../server/src/core/syntax/front-matter-keys";

const draft = (fm: string) => `---\n${fm}\n---\n\nA title\n\nThe General Assembly,\n\n1. Decides to act.\n`;

describe("front matter keys", () => {
  it("warns on a key nothing reads, at the key, listing the known keys", () => {
    const text = draft("symbol: A/C.3/81/L.99\nbase: A/RES/80/229");
    const d = parse(text).diagnostics.filter((x) => x.code === "SYN020");
    expect(d).toHaveLength(1);
    expect(text.slice(d[0]!.span.start, d[0]!.span.end)).toBe("base");
    expect(d[0]!.severity).toBe("warning");
    expect(d[0]!.message).toContain("predecessor");
    expect(d[0]!.message).toContain(FRONT_MATTER_KEYS.join(", "));
  });

  it("accepts every known key, in any case", () => {
    const fm = FRONT_MATTER_KEYS.map((k, i) => `${i % 2 ? k.toUpperCase() : k}: x`).join("\n");
    expect(parse(draft(fm)).diagnostics.filter((x) => x.code === "SYN020")).toEqual([]);
  });

  it("knows every key the code reads from front matter", () => {
    const src = join(__dirname, "../../../server/src/core");
    const read = new Set<string>();
    for (const e of readdirSync(src, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || !e.name.endsWith(".ts")) continue;
      const text = readFileSync(join(e.parentPath, e.name), "utf8");
      for (const m of text.matchAll(/(?:fm!?\.get|frontMatterValue\(tree,)\s*\(?"([a-z-]+)"|key\.value\.toLowerCase\(\) === "([a-z-]+)"/g)) read.add(m[1] ?? m[2]!);
    }
    expect(read.size).toBeGreaterThan(5);
    expect([...read].filter((k) => !(FRONT_MATTER_KEYS as readonly string[]).includes(k))).toEqual([]);
  });

  it("the sample draft uses only known keys", () => {
    const sample = readFileSync(join(__dirname, "../../../samples/draft-81st-session.unres"), "utf8");
    expect(parse(sample).diagnostics.filter((x) => x.code === "SYN020")).toEqual([]);
  });
});
