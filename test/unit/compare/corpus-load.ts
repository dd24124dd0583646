// Corpus texts parsed once per test file, as the comparison sees them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../../../server/src/core/syntax/parse";
import { comparableFromTree } from "../../../server/src/core/compare/from-tree";
import type { ComparableDocument } from "../../../server/src/core/compare/types";

const TEXTS = join(__dirname, "../../fixtures/corpus/texts");
const cache = new Map<string, ComparableDocument>();

export function load(file: string): ComparableDocument {
  if (!cache.has(file)) cache.set(file, comparableFromTree(parse(readFileSync(join(TEXTS, file), "utf8")), file));
  return cache.get(file)!;
}
