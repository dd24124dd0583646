/**
 * The core, bundled for plain node: one esbuild bundle per piece (parser, lint, comparison),
 * so a piece that has not landed yet is reported as "not available yet" and the others still run.
 *
 * The adapters below are the only place that knows the core's entry points; when an API
 * changes, this file changes and the rows stay as they are.
 */
import * as esbuild from "esbuild";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { ROOT } from "./paths.mjs";

const BUILD = join(ROOT, "bench/.build");
const core = (p) => JSON.stringify(join(ROOT, "server/src/core", p));

/** Each piece: the modules it needs (relative to server/src/core) and how to make a plain function of them. */
const PIECES = {
  parse: {
    modules: { syntax: "syntax/parse.ts" },
    adapt: ({ syntax }) => need({ parse: syntax.parse }),
  },
  /** The official reader before issue 11 (bench/old-reader), the peer of the current one in row a. */
  oldParse: {
    modules: { syntax: "../../../bench/old-reader/parse.ts" },
    adapt: ({ syntax }) => need({ parse: syntax.parse }),
  },
  lint: {
    modules: { lint: "lint/index.ts" },
    adapt: ({ lint }) =>
      need({
        lintTree: lint.lintTree,
        /** Parse and lint with every default rule, as `resdraft lint` does without a config file. */
        parseAndLint: (text) => lint.lintSource(text).diagnostics,
        applyFixes: lint.applyFixes,
      }),
  },
  compare: {
    modules: { syntax: "syntax/parse.ts", compare: "compare/index.ts" },
    adapt: ({ syntax, compare }) =>
      need({
        compareDocuments: compare.compareDocuments,
        comparableFromTree: compare.comparableFromTree,
        oldSide: compare.oldSide,
        newSide: compare.newSide,
        /** Text to paragraph diff: both parses, alignment and the word diffs inside pairs. */
        compareTexts: (a, b) =>
          compare.compareDocuments(compare.comparableFromTree(syntax.parse(a)), compare.comparableFromTree(syntax.parse(b))),
      }),
  },
  /** The comparison engine before issue 15 (bench/peers/compare-before), a peer for row c. */
  comparePeer: {
    modules: { before: "../../../bench/peers/compare-before/compare.ts" },
    adapt: ({ before }) => need({ compareDocuments: before.compareDocuments }),
  },
  outline: {
    modules: { syntax: "syntax/parse.ts", outline: "outline/outline-json.ts" },
    adapt: ({ syntax, outline }) => need({ outlineJson: outline.outlineJson, parse: syntax.parse }),
  },
};

function need(fns) {
  for (const [k, v] of Object.entries(fns)) {
    if (v === undefined || v === null) throw new Error(`missing export '${k}'`);
  }
  return fns;
}

/** Bundle and load every piece. Returns { name: api } or { name: { unavailable: reason } }. */
export async function loadCore() {
  mkdirSync(BUILD, { recursive: true });
  const out = {};
  for (const [name, piece] of Object.entries(PIECES)) {
    const missing = Object.values(piece.modules).filter((m) => !existsSync(join(ROOT, "server/src/core", m)));
    if (missing.length > 0) {
      out[name] = { unavailable: `not available yet (no ${missing.join(", ")})` };
      continue;
    }
    const entry = join(BUILD, `entry-${name}.ts`);
    writeFileSync(entry, Object.entries(piece.modules).map(([k, m]) => `export * as ${k} from ${core(m)};`).join("\n") + "\n");
    const outfile = join(BUILD, `${name}.cjs`);
    try {
      await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "silent" });
      const require = createRequire(import.meta.url);
      delete require.cache[outfile];
      out[name] = piece.adapt(require(outfile));
    } catch (e) {
      out[name] = { unavailable: `not available yet (${String(e.message ?? e).split("\n")[0].slice(0, 120)})` };
    }
  }
  return out;
}
