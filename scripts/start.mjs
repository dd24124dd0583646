// `npm start`: build and package the extension, make sure code-server is installed (once, into
// .cache/code-server), install the .vsix into a project-local profile and open a copy of samples/
// (.cache/samples: autosave and exports land there, never in the repository's files) in real
// VS Code at http://127.0.0.1:<free port>/. Runs until Ctrl-C.
//
// Options (environment): PORT=8080 to choose the port; RESDRAFT_CACHE_DIR to move the cache;
// RESDRAFT_FRESH_SAMPLES=1 to copy samples/ again over your edits of the copy.
import { cpSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { cacheDir, samplesDir, vsixPath, root } from "./lib/paths.mjs";
import { step, timed } from "./lib/log.mjs";
import { run } from "./lib/run.mjs";
import { ensureCodeServer, freshProfile, installVsix, isCodeServerInstalled, startCodeServer, stopCodeServer } from "./lib/code-server.mjs";
import { freePort, waitForHttp } from "./lib/port.mjs";

/** The samples, copied once under the cache; kept across runs so a user's edits survive a restart. */
function samplesCopy() {
  const dir = join(cacheDir, "samples");
  if (process.env.RESDRAFT_FRESH_SAMPLES === "1") rmSync(dir, { recursive: true, force: true });
  if (!existsSync(dir)) {
    cpSync(samplesDir, dir, { recursive: true });
    step(`copied samples/ to ${dir}`);
  }
  return dir;
}

async function main() {
  if (!isCodeServerInstalled()) step("first run: code-server will be installed into the project cache (later runs start in seconds)");
  const bin = await ensureCodeServer();
  await timed("build and package the extension (npm run package)", () =>
    run("npm", ["run", "--silent", "package"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] }),
  );
  // A fresh profile every run: the extension under test is the one just built, and no state
  // (trust decisions, a stale extension host) leaks from the previous session.
  const profile = freshProfile(join(cacheDir, "start"));
  await timed("install the extension into the local profile", () => installVsix(bin, vsixPath, profile));

  const workspace = samplesCopy();
  const port = Number(process.env.PORT) || (await freePort());
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
  const child = startCodeServer(bin, profile, { port, folder: workspace, logFile: join(profile.dir, "code-server.log") });
  let exited = false;
  child.on("exit", (code, signal) => {
    exited = true;
    step(`code-server stopped (${signal ?? `exit ${code}`}); its log: ${join(profile.dir, "code-server.log")}`);
    process.exit(code ?? 0);
  });
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => void stopCodeServer(child));
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60000, () => !exited);
  step("ready");
  console.log(`\n  VS Code (code-server) with resdraft is running:\n\n    ${url}\n`);
  console.log(`  Workspace: ${workspace} (a copy of samples/; RESDRAFT_FRESH_SAMPLES=1 copies it again)`);
  console.log(`  Server log (once a resolution is open): ${profile.userDataDir}/logs/<time>/exthost1/resdraft.resdraft/`);
  console.log("  Press Ctrl-C to stop.\n");
}

main().catch((e) => {
  console.error(`\nnpm start failed: ${e.message}`);
  process.exit(1);
});
