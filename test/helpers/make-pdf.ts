/**
 * Small PDFs written byte by byte for tests of bad input and of the layout reader: pages of text lines in
 * the standard fonts (Times-Roman, Times-Italic, Helvetica), an image-only page (a "scan"), an /Encrypt
 * dictionary whose user password is not empty. Objects and the cross-reference table are laid out exactly, so
 * pdf.js reads the files without repairing them.
 */
export interface PdfText {
  readonly text: string;
  readonly x: number;
  /** Baseline, from the page's bottom. */
  readonly y: number;
  readonly size?: number;
  readonly font?: "roman" | "italic" | "bold" | "sans";
  /** Drawn turned a quarter to the left (a landscape page's text, a margin note). */
  readonly sideways?: boolean;
}

export interface PdfSpec {
  readonly pages: readonly (readonly PdfText[] | "image")[];
  /** Adds an /Encrypt dictionary (RC4, a user password that is not empty). */
  readonly encrypted?: boolean;
}

const FONTS = { roman: "Times-Roman", italic: "Times-Italic", bold: "Times-Bold", sans: "Helvetica" } as const;

const escape = (s: string): string => s.replace(/[\\()]/g, (c) => "\\" + c);

export function makePdf(spec: PdfSpec): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add("");
  const pagesObj = add("");
  const fontIds = Object.fromEntries(Object.entries(FONTS).map(([k, name]) => [k, add(`<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`)]));
  const fontRes = Object.entries(fontIds).map(([k, id]) => `/F${k} ${id} 0 R`).join(" ");
  const image = add(`<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream`);
  const kids: number[] = [];
  for (const page of spec.pages) {
    const content =
      page === "image"
        ? "q 500 0 0 700 50 50 cm /Im1 Do Q"
        : page.map((t) => `BT /F${t.font ?? "roman"} ${t.size ?? 10} Tf ${t.sideways ? `0 1 -1 0 ${t.x} ${t.y} Tm` : `${t.x} ${t.y} Td`} (${escape(t.text)}) Tj ET`).join("\n");
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Contents ${stream} 0 R /Resources << /Font << ${fontRes} >> /XObject << /Im1 ${image} 0 R >> >> >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  const encrypt = spec.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${"a1".repeat(32)}> /U <${"5b".repeat(32)}> >>`)
    : null;
  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  const id = "<0123456789abcdef0123456789abcdef>";
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /ID [${id} ${id}]${encrypt ? ` /Encrypt ${encrypt} 0 R` : ""} >>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1: every character is one byte (the binary comment and the image data included).
  return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
}

/** A short resolution laid out as the UN typesets one: masthead, title, organ, italic openers, numbered paragraphs. */
export function resolutionPage(): PdfText[] {
  const lines: PdfText[] = [
    { text: "A/RES/99/1", x: 450, y: 740, size: 10 },
    { text: "General Assembly", x: 72, y: 710, size: 16, font: "bold" },
    { text: "99/1.", x: 72, y: 620, size: 12, font: "bold" },
    { text: "Testing the reader", x: 110, y: 620, size: 12, font: "bold" },
    { text: "The General Assembly,", x: 96, y: 590, font: "italic" },
  ];
  let y = 572;
  const para = (opener: string, rest: string, number?: string) => {
    let x = 96;
    if (number) {
      lines.push({ text: number, x, y });
      x = 120;
    }
    lines.push({ text: opener, x, y, font: "italic" });
    lines.push({ text: rest, x: x + opener.length * 4.6 + 3, y });
    y -= 18;
  };
  para("Recalling also", "its resolution 98/1 of 1 December 2025,");
  para("Noting with concern", "the state of the reader,");
  para("Decides", "to read text from files;", "1.");
  para("Requests", "a report at its hundredth session.", "2.");
  return lines;
}
