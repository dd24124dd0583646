// Injected into the CLI and server bundles (scripts/build.mjs): pdf.js carries code to fetch a PDF, character
// maps, fonts or wasm from a URL, which resdraft never asks for (it hands pdf.js bytes). The global `fetch` and
// `XMLHttpRequest` are replaced by these in the bundles, so no bundled code can reach the network even by mistake.
export function __resdraft_no_fetch() {
  return Promise.reject(new Error("resdraft makes no network requests"));
}
export class __resdraft_no_xhr {
  constructor() {
    throw new Error("resdraft makes no network requests");
  }
}
