// The one table of exporters and renderers: the CLI and docs/cli.md follow it, and every entry writes.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commands } from "../../../server/src/cli/commands/index";
import { comparableFromTree, compareDocuments, lineage } from "../../../server/src/core/compare/index";
import { exportAkn } from "../../../server/src/core/export/akn";
import { COMPARISON_RENDERERS, DOCUMENT_EXPORTERS, formatsMarkdown, LINEAGE_RENDERERS, textComparisonFormats } from "../../../server/src/core/export/formats";
import { parse } from "../../../server/src/core/syntax/parse";

const root = join(__dirname, "../../..");
const text = (name: string) => readFileSync(join(root, "test/fixtures/corpus/texts", name), "utf8");
const command = (name: string) => commands.find((c) => c.name === name)!;

describe("formats table", () => {
  it("is the table docs/cli.md shows", () => {
    const doc = readFileSync(join(root, "docs/cli.md"), "utf8");
    const block = /<!-- formats:begin -->\n([\s\S]*?)\n<!-- formats:end -->/.exec(doc)?.[1];
    expect(block, "docs/cli.md lost its formats table").toBeDefined();
    expect(block, "docs/cli.md's formats table differs from core/export/formats.ts: paste formatsMarkdown()'s output between the markers").toBe(formatsMarkdown());
  });

  it("gives the CLI its choices: export --to, diff --format (the lineage takes the same names)", () => {
    expect(command("export").options["to"]!.choices).toEqual(DOCUMENT_EXPORTERS.map((f) => f.id));
    expect(command("diff").options["format"]!.choices).toEqual(textComparisonFormats());
    expect(LINEAGE_RENDERERS.map((f) => f.id)).toEqual(textComparisonFormats());
    for (const f of DOCUMENT_EXPORTERS) expect(command("export").usage).toContain(`--to ${f.id}`);
  });

  it("has one entry per id and input, each of which writes what it says", () => {
    const all = [...DOCUMENT_EXPORTERS, ...COMPARISON_RENDERERS, ...LINEAGE_RENDERERS];
    expect(new Set(all.map((f) => `${f.takes}:${f.id}`)).size).toBe(all.length);
    const oldTree = parse(text("A-RES-78-229.txt"));
    const newTree = parse(text("A-RES-80-229.txt"));
    const diff = compareDocuments(comparableFromTree(oldTree, "old"), comparableFromTree(newTree, "new"));
    const written = [
      ...DOCUMENT_EXPORTERS.map((f) => [f, f.write(newTree, {})] as const),
      ...COMPARISON_RENDERERS.map((f) => [f, f.render({ oldTree, newTree, diff }, { date: "2026-01-01T00:00:00Z" })] as const),
      ...LINEAGE_RENDERERS.map((f) => [f, f.render(lineage([comparableFromTree(oldTree, "old"), comparableFromTree(newTree, "new")]), {})] as const),
    ];
    for (const [f, out] of written) {
      expect(typeof out === "string", `${f.id} binary`).toBe(!f.binary);
      expect(out.length, f.id).toBeGreaterThan(100);
      if (f.extension === ".docx") expect([...(out as Uint8Array).subarray(0, 2)]).toEqual([0x50, 0x4b]);
      if (f.extension === ".json") expect(() => JSON.parse(out as string)).not.toThrow();
      if (f.extension === ".xml" || f.extension === ".html") expect(out as string).toMatch(/^<(?:\?xml|!doctype html)/i);
    }
  });
});

describe("resdraft export", () => {
  const CLI = join(root, "dist/cli.js");
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });

  it("writes what the core writes, to stdout or to -o", () => {
    const file = join(root, "test/fixtures/corpus/texts/A-RES-80-229.txt");
    const r = run("export", file, "--to", "akn");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(exportAkn(parse(readFileSync(file, "utf8"))));
  });

  it("refuses a missing or unknown --to, an unreadable file, with exit 2 and a message", () => {
    const file = join(root, "samples/draft-81st-session.unres");
    expect(run("export", file).stderr).toMatch(/give the format: --to akn/);
    const bad = run("export", file, "--to", "pdf");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/'--to' must be one of akn/);
    const missing = run("export", "/no/such/file.unres", "--to", "akn");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    const junk = run("export", join(root, "package-lock.json"), "--to", "akn", "--output", "/dev/null");
    expect(junk.status).toBe(0); // text is text: a JSON file is read as a (strange) draft, never a crash
  });
});
