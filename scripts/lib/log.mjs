// Step logging for the developer scripts: every line says how long the script has been running,
// so a slow first run (installing code-server, apt) is visibly making progress.
const t0 = Date.now();

export function elapsed() {
  return `${((Date.now() - t0) / 1000).toFixed(1)}s`;
}

export function step(msg) {
  console.log(`[resdraft ${elapsed()}] ${msg}`);
}

/** Run `fn` and log how long it took. */
export async function timed(label, fn) {
  const t = Date.now();
  step(`${label} …`);
  const r = await fn();
  step(`${label}: done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return r;
}
