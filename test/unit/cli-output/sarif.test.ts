// SARIF for GitHub code scanning: files inside the working directory as percent-encoded references
// against %SRCROOT% (mapped to the working directory's file:// URI), others as absolute file:// URIs,
// and every result's rule in driver.rules, RES000 included. The output is checked against the
// SARIF 2.1.0 requirements that can be checked without the schema (sarifProblems below).
import { describe, expect, it } from "vitest";
import { artifactFor, docsUrl, formatSarif, type FileResult } from "../../../server/src/core/lint/formats";
import { rules } from "../../../server/src/core/rules/index";

const at = (line: number, character: number, endCharacter = character + 1) => ({ start: { line, character }, end: { line, character: endCharacter } });
const diag = (code: string, line = 2) => ({ range: at(line, 51), severity: "warning" as const, code, message: `problem ${code}`, fixable: false });

/** SARIF 2.1.0 rules this output must keep (§3.13 sarifLog, §3.14 run, §3.27 result, §3.30 region, §3.4 URIs). */
function sarifProblems(log: any): string[] {
  const out: string[] = [];
  if (log.version !== "2.1.0") out.push("version must be 2.1.0");
  if (!Array.isArray(log.runs)) return [...out, "runs must be an array"];
  for (const run of log.runs) {
    const driver = run.tool?.driver;
    if (typeof driver?.name !== "string") out.push("tool.driver.name is required");
    const ruleList: any[] = driver?.rules ?? [];
    const ids = ruleList.map((r) => r.id);
    if (new Set(ids).size !== ids.length) out.push("rule ids must be unique");
    for (const r of ruleList) if (typeof r.id !== "string") out.push("every rule needs an id");
    const bases = run.originalUriBaseIds ?? {};
    for (const [id, b] of Object.entries<any>(bases)) {
      if (!/^file:\/\/\//.test(b.uri) || !b.uri.endsWith("/")) out.push(`base ${id} must be an absolute URI ending with a slash: ${b.uri}`);
    }
    for (const res of run.results ?? []) {
      if (typeof res.message?.text !== "string") out.push("result.message.text is required");
      if (!["none", "note", "warning", "error"].includes(res.level)) out.push(`bad level ${res.level}`);
      if (res.ruleIndex !== undefined && ruleList[res.ruleIndex]?.id !== res.ruleId) out.push(`ruleIndex ${res.ruleIndex} does not point at ${res.ruleId}`);
      if (!ids.includes(res.ruleId)) out.push(`rule ${res.ruleId} missing from driver.rules`);
      for (const loc of res.locations ?? []) {
        const a = loc.physicalLocation?.artifactLocation;
        if (typeof a?.uri !== "string") out.push("artifactLocation.uri is required");
        else if (/[\s\\]/.test(a.uri) || /%(?![0-9A-F]{2})/.test(a.uri)) out.push(`not a valid URI reference: ${a.uri}`);
        else if (a.uriBaseId === undefined && !/^file:\/\/\//.test(a.uri)) out.push(`a URI without uriBaseId must be absolute: ${a.uri}`);
        if (a?.uriBaseId !== undefined && /^[a-z]+:/i.test(a.uri)) out.push(`a URI with uriBaseId must be relative: ${a.uri}`);
        if (a?.uriBaseId !== undefined && Object.keys(bases).length && !(a.uriBaseId in bases)) out.push(`unknown uriBaseId ${a.uriBaseId}`);
        const g = loc.physicalLocation?.region;
        if (g && (g.startLine < 1 || g.startColumn < 1 || g.endLine < g.startLine || (g.endLine === g.startLine && g.endColumn < g.startColumn))) out.push(`bad region ${JSON.stringify(g)}`);
      }
    }
  }
  return out;
}

describe("SARIF output", () => {
  const results: FileResult[] = [
    { file: "/work/repo/.resdraft.json", diagnostics: [{ ...diag("RES000", 0), severity: "error" }] },
    { file: "/work/repo/drafts/81 first#draft%.unres", diagnostics: [diag("RES003")] },
    { file: "samples/a.unres", diagnostics: [diag("RES023")] },
    { file: "/elsewhere/b é.unres", diagnostics: [diag("RES003")] },
  ];
  const sarif = JSON.parse(formatSarif(results, rules, "0.1.0", docsUrl, { cwd: "/work/repo" }));
  const run = sarif.runs[0];
  const uris = run.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation);

  it("reports files inside the working directory relative to %SRCROOT%, percent-encoded", () => {
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///work/repo/" } });
    expect(uris[0]).toEqual({ uri: ".resdraft.json", uriBaseId: "%SRCROOT%" });
    expect(uris[1]).toEqual({ uri: "drafts/81%20first%23draft%25.unres", uriBaseId: "%SRCROOT%" });
    expect(uris[2]).toEqual({ uri: "samples/a.unres", uriBaseId: "%SRCROOT%" });
    // Resolving against the base gives back the file.
    expect(decodeURIComponent(new URL(uris[1].uri, run.originalUriBaseIds["%SRCROOT%"].uri).pathname)).toBe("/work/repo/drafts/81 first#draft%.unres");
  });

  it("reports files outside it as absolute file:// URIs", () => {
    expect(uris[3]).toEqual({ uri: "file:///elsewhere/b%20%C3%A9.unres" });
  });

  it("describes RES000 among the driver's rules, and every ruleIndex points at its rule", () => {
    const res000 = run.tool.driver.rules.find((r: any) => r.id === "RES000");
    expect(res000?.shortDescription.text).toMatch(/configuration/);
    expect(run.results[0].ruleIndex).toBe(run.tool.driver.rules.indexOf(res000));
    expect(sarifProblems(sarif)).toEqual([]);
  });

  it("keeps the rule list as it was when there is no RES000 (one descriptor per rule, in registry order)", () => {
    const plain = JSON.parse(formatSarif([results[2]!], rules, "0.1.0", docsUrl, { cwd: "/work/repo" }));
    expect(plain.runs[0].tool.driver.rules.map((r: any) => r.id)).toEqual(rules.map((r) => r.id));
    expect(sarifProblems(plain)).toEqual([]);
  });

  it("the checker itself catches what the old output did wrong", () => {
    const old = { version: "2.1.0", runs: [{ tool: { driver: { name: "resdraft", rules: [] } }, results: [{ ruleId: "RES000", level: "error", message: { text: "x" }, locations: [{ physicalLocation: { artifactLocation: { uri: "/work/main/samples/a b.unres" } } }] }] }] };
    expect(sarifProblems(old)).toEqual(["rule RES000 missing from driver.rules", "not a valid URI reference: /work/main/samples/a b.unres"]);
  });
});

describe("artifact locations", () => {
  it("folds . and .. and treats the working directory's own trailing slash alike", () => {
    expect(artifactFor("/work/repo/./a/../b.unres", "/work/repo")).toEqual({ uri: "b.unres", uriBaseId: "%SRCROOT%" });
    expect(artifactFor("../other/c.unres", "/work/repo")).toEqual({ uri: "file:///work/other/c.unres" });
    expect(artifactFor("/work/repository/c.unres", "/work/repo")).toEqual({ uri: "file:///work/repository/c.unres" });
  });

  it("Windows paths: backslashes become slashes, the drive keeps its colon, case does not matter", () => {
    expect(artifactFor("C:\\work\\repo\\a b.unres", "c:/work/repo")).toEqual({ uri: "a%20b.unres", uriBaseId: "%SRCROOT%" });
    expect(artifactFor("D:\\x.unres", "c:/work/repo")).toEqual({ uri: "file:///D:/x.unres" });
  });

  it("without a working directory: relative paths against %SRCROOT%, absolute ones as file:// URIs", () => {
    expect(artifactFor("samples/a.unres", null)).toEqual({ uri: "samples/a.unres", uriBaseId: "%SRCROOT%" });
    expect(artifactFor("/work/main/samples/a.unres", null)).toEqual({ uri: "file:///work/main/samples/a.unres" });
  });
});
