// The stdio framing filter: valid frames pass unchanged, in order, however the bytes are chunked;
// malformed ones are dropped and the stream resynchronises on the next header.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FramingFilter } from "../../server/src/lsp/framing";

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/** Feed the chunks through a filter and return the bodies it lets through, parsed from its output. */
async function through(chunks: readonly Buffer[]): Promise<string[]> {
  const filter = new FramingFilter();
  const out: Buffer[] = [];
  filter.on("data", (d: Buffer) => out.push(d));
  const done = new Promise((r) => filter.on("end", r));
  for (const c of chunks) filter.write(c);
  filter.end();
  await done;
  const all = Buffer.concat(out);
  const bodies: string[] = [];
  let at = 0;
  while (at < all.length) {
    const end = all.indexOf("\r\n\r\n", at);
    const length = Number(/Content-Length: (\d+)/.exec(all.subarray(at, end).toString())![1]);
    bodies.push(all.subarray(end + 4, end + 4 + length).toString());
    at = end + 4 + length;
  }
  return bodies;
}

function split(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Buffer[] = [];
  let last = 0;
  for (const p of points) {
    parts.push(bytes.subarray(last, p));
    last = p;
  }
  parts.push(bytes.subarray(last));
  return parts.filter((p) => p.length > 0);
}

const body = fc.record({ id: fc.nat(), text: fc.string({ unit: "grapheme", maxLength: 40 }) }).map((o) => JSON.stringify({ jsonrpc: "2.0", ...o }));
const garbage = fc.oneof(
  fc.constant("Content-Length: -4\r\n\r\n"),
  fc.constant("Content-Length: abc\r\n\r\n"),
  fc.constant("X-Nothing: here\r\n\r\n"),
  fc.constant("\r\n\r\n"),
  fc.constant(frame("[]")),
  fc.constant(frame("null")),
  fc.constant('Content-Length: 3\r\n\r\n{"jsonrpc":"2.0","id":1}'), // too short: a cut-off body
  fc.string({ maxLength: 30 }).filter((s) => !s.includes("Content-Length:")),
);

describe("stdio framing filter", () => {
  it("passes valid frames unchanged however they are chunked", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(body, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 12 }), async (bodies, cuts) => {
        const bytes = Buffer.from(bodies.map(frame).join(""));
        expect(await through(split(bytes, cuts))).toEqual(bodies);
      }),
      { numRuns: 200 },
    );
  });

  it("drops malformed frames and keeps every valid one that follows", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(garbage, body), { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 12 }), async (pairs, cuts) => {
        const bytes = Buffer.from(pairs.map(([g, b]) => g + frame(b)).join(""));
        const got = await through(split(bytes, cuts));
        // Garbage may swallow nothing valid: every valid body arrives, in order.
        expect(got.filter((g) => pairs.some(([, b]) => b === g))).toEqual(pairs.map(([, b]) => b));
      }),
      { numRuns: 200 },
    );
  });

  it("holds a large body until it is complete, then passes it whole", async () => {
    const big = JSON.stringify({ jsonrpc: "2.0", method: "x", params: { text: "a".repeat(3_000_000) } });
    const bytes = Buffer.from(frame(big));
    const chunks = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) => bytes.subarray(i * 65536, (i + 1) * 65536));
    expect(await through(chunks)).toEqual([big]);
  });
});
