// Lists the files inside a .vsix (a zip) and checks that only what the extension needs at run time
// was packed: a stray test fixture or node_modules folder would bloat every install.
// Usage: node scripts/lib/vsix.mjs dist/resdraft.vsix   (prints the list; exits 1 on an unexpected file)
import { readFileSync, statSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** Names of the entries in a zip file, read from its central directory. */
export function zipEntries(path) {
  const buf = readFileSync(path);
  // The end-of-central-directory record is in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${path} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${path}: bad central directory entry ${n}`);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    names.push({ name: buf.toString("utf8", p + 46, p + 46 + nameLen), size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

/** What may be in the package: vsce's own metadata, the two bundles, syntaxes, rule docs, README, LICENSE, manifest. */
const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/readme\.md$/i,
  /^extension\/license(\.txt|\.md)?$/i,
  /^extension\/dist\/(extension|server)\.js$/,
  // The comparison view's script and stylesheet (its webview may load nothing else).
  /^extension\/dist\/webview\/compare\.(js|css)$/,
  // The walkthrough's pages (contributes.walkthroughs).
  /^extension\/walkthrough\/[a-z-]+\.md$/,
  /^extension\/syntaxes\/[^/]+\.json$/,
  // The schema of .resdraft.json (contributes.jsonValidation).
  /^extension\/schemas\/resdraft\.schema\.json$/,
  // Rule docs: diagnostic codes link to them, and they must open offline.
  /^extension\/docs\/rules\/RES\d{3}\.md$/,
];
const REQUIRED = ["extension/package.json", "extension/dist/extension.js", "extension/dist/server.js", "extension/dist/webview/compare.js", "extension/dist/webview/compare.css"];

export function checkVsix(path) {
  const entries = zipEntries(path);
  const unexpected = entries.filter((e) => !ALLOWED.some((re) => re.test(e.name))).map((e) => e.name);
  const names = new Set(entries.map((e) => e.name));
  const missing = REQUIRED.filter((n) => !names.has(n));
  return { entries, unexpected, missing, bytes: statSync(path).size };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const path = process.argv[2] ?? "dist/resdraft.vsix";
  const { entries, unexpected, missing, bytes } = checkVsix(path);
  for (const e of entries) console.log(`  ${String(e.size).padStart(9)}  ${e.name}`);
  console.log(`${path}: ${entries.length} files, ${(bytes / 1024).toFixed(0)} KB`);
  if (unexpected.length || missing.length) {
    if (unexpected.length) console.error(`unexpected files in the package (fix .vscodeignore): ${unexpected.join(", ")}`);
    if (missing.length) console.error(`missing from the package: ${missing.join(", ")}`);
    process.exit(1);
  }
}
