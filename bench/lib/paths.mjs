/** Where things are: the repository root and the corpus the bench reads. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const CORPUS = join(ROOT, "test/fixtures/corpus/texts");
export const OMNIBUS = join(CORPUS, "A-RES-80-110.txt");
export const OMNIBUS_OLD = join(CORPUS, "A-RES-78-69.txt");
export const SERVER = join(ROOT, "dist/server.js");
export const CLI = join(ROOT, "dist/cli.js");

/** Every corpus text with its size in bytes (UTF-8, as read from disk). */
export function corpusTexts() {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const path = join(CORPUS, f);
      return { name: f, path, text: readFileSync(path, "utf8"), bytes: statSync(path).size };
    });
}

export const read = (p) => readFileSync(p, "utf8");
