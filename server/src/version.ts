// Replaced by esbuild at build time; tests run from source and see the fallback.
declare const RESDRAFT_VERSION: string | undefined;

export const version: string = typeof RESDRAFT_VERSION === "string" ? RESDRAFT_VERSION : "0.0.0-dev";
