// Files that are not readable resolutions: one clear sentence each, never a crash or a hang; the CLI exits 2.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDocument } from "../../../server/src/core/input/load";
import { registerReaders } from "../../../server/src/host/readers";
import { makePdf, resolutionPage } from "../../helpers/make-pdf";

registerReaders();

const CLI = join(__dirname, "../../../dist/cli.js");
const good = makePdf({ pages: [resolutionPage()] });
const bad: Record<string, { bytes: Uint8Array; message: RegExp }> = {
  encrypted: { bytes: makePdf({ pages: [resolutionPage()], encrypted: true }), message: /is encrypted \(password-protected\)/ },
  scan: { bytes: makePdf({ pages: ["image", "image"] }), message: /has no text layer \(a scanned document\?\)/ },
  sideways: { bytes: makePdf({ pages: [resolutionPage().map((t) => ({ ...t, sideways: true }))] }), message: /printed sideways or upside down/ },
  truncated: { bytes: good.slice(0, Math.floor(good.length / 2)), message: /damaged or truncated/ },
  "header only": { bytes: new TextEncoder().encode("%PDF-1.7\n"), message: /damaged or truncated|has no pages/ },
  letter: {
    bytes: makePdf({ pages: [[{ text: "Letter dated 1 May 2025 from the Permanent Representative addressed to the Secretary-General", x: 72, y: 700 }]] }),
    message: /does not look like a resolution/,
  },
  "text named .pdf": { bytes: new TextEncoder().encode("The General Assembly,\nRecalling its resolution 1/1,\n"), message: /is named \.pdf but holds plain text/ },
  "binary junk": { bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251), message: /is not a text, PDF or Word file/ },
};

describe("bad PDFs", () => {
  it("reads the good one the bad ones are made from", async () => {
    const r = await loadDocument(good, "good.pdf");
    expect(r).toMatchObject({ ok: true, kind: "pdf", format: "official" });
  });

  it.each(Object.entries(bad))("%s: one clear message", async (_kind, { bytes, message }) => {
    const r = await loadDocument(bytes, "file.pdf");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it("a truncated real PDF is refused or read with a note, never a crash", async () => {
    const real = readFileSync(join(__dirname, "../../fixtures/pdf/A-80-L.12.pdf"));
    for (const cut of [0.3, 0.6, 0.9]) {
      const r = await loadDocument(new Uint8Array(real.subarray(0, Math.floor(real.length * cut))), "cut.pdf");
      if (r.ok) expect(r.notes.join(" ")).toMatch(/truncated/);
      else expect(r.message).toMatch(/damaged or truncated|no text layer|does not look like/);
    }
  });

  it("the CLI exits 2 with the message on stderr, and stdout empty", () => {
    const dir = mkdtempSync(join(tmpdir(), "resdraft-bad-"));
    for (const [kind, { bytes, message }] of Object.entries(bad)) {
      const file = join(dir, `${kind.replace(/\W+/g, "-")}.pdf`);
      writeFileSync(file, bytes);
      for (const command of [["outline"], ["lint"], ["normalize"], ["normalize", "--as-draft"]]) {
        const r = spawnSync(process.execPath, [CLI, ...command, file], { encoding: "utf8" });
        expect({ kind, command: command[0], status: r.status, stdout: r.stdout }).toEqual({ kind, command: command[0], status: 2, stdout: "" });
        expect(r.stderr).toMatch(message);
      }
    }
  });
});
