import { describe, expect, it } from "vitest";
import { loadDocument } from "../../../server/src/core/input/load";
import { sniff } from "../../../server/src/core/input/sniff";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("sniff", () => {
  it("tells files by their first bytes, not their names", () => {
    expect(sniff(bytes("%PDF-1.7\n"))).toBe("pdf");
    expect(sniff(bytes("junk before\n%PDF-1.4\n"))).toBe("pdf");
    expect(sniff(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe("zip");
    expect(sniff(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe("doc");
    expect(sniff(bytes("A/RES/80/229\n\fThe General Assembly,\n"))).toBe("text");
    expect(sniff(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]))).toBe("binary");
  });

  it("does not call text binary when the sample ends inside a character", () => {
    const s = "é".repeat(40000); // 80,000 bytes: the 65,536-byte sample ends between the two bytes of an é
    expect(sniff(bytes(s))).toBe("text");
  });
});

describe("loadDocument", () => {
  it("decodes text, with the file name as a format hint", async () => {
    const r = await loadDocument(bytes("Recalling …,"), "draft.unres");
    expect(r).toMatchObject({ ok: true, text: "Recalling …,", format: "unres", kind: "text" });
  });

  it("reads UTF-16 with a byte-order mark", async () => {
    const r = await loadDocument(new Uint8Array([0xff, 0xfe, 0x41, 0, 0x2f, 0]), "x.txt");
    expect(r).toMatchObject({ ok: true, text: "A/" });
  });

  it("refuses old Word and binary files with one sentence naming the file", async () => {
    const doc = await loadDocument(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), "/tmp/old.doc");
    expect(doc).toEqual({ ok: false, message: expect.stringMatching(/^old\.doc is an old binary Word file .*save it as \.docx\.$/) });
    const bin = await loadDocument(new Uint8Array(64).fill(1), "junk.txt");
    expect(bin).toEqual({ ok: false, message: "junk.txt is not a text, PDF or Word file." });
  });
});
