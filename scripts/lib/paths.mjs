// Where things live. Everything the scripts download or generate goes under one cache folder
// (default: <project>/.cache, ignored by git); CI may point RESDRAFT_CACHE_DIR elsewhere.
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const cacheDir = resolve(process.env.RESDRAFT_CACHE_DIR ?? join(root, ".cache"));
export const distDir = join(root, "dist");
export const vsixPath = join(distDir, "resdraft.vsix");
export const samplesDir = join(root, "samples");
export const artifactsDir = join(root, "test", "artifacts");
