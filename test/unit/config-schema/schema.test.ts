// schemas/resdraft.schema.json (VS Code validates and completes .resdraft.json with it) is generated
// from the rule registry and must say what the config reader accepts; package.json declares the
// file as JSON with comments and points VS Code at the schema.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configSchema } from "../../../scripts/lib/config-schema.mjs";
import { rules } from "../../../server/src/core/rules/index";
import { readConfig } from "../../../server/src/core/config/read-config";

const ROOT = join(__dirname, "../../..");
const SCHEMA_FILE = join(ROOT, "schemas/resdraft.schema.json");
const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8"));
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

describe("the .resdraft.json schema", () => {
  it("is what the rule registry generates (run node scripts/gen-config-schema.mjs)", () => {
    expect(schema).toEqual(JSON.parse(JSON.stringify(configSchema(rules))));
  });

  it("names every rule by id and by name, with its options", () => {
    const props = schema.properties.rules.properties;
    for (const r of rules) {
      expect(props[r.id]).toEqual({ $ref: `#/definitions/${r.id}` });
      expect(props[r.name]).toEqual({ $ref: `#/definitions/${r.id}` });
      const object = schema.definitions[r.id].anyOf[1];
      expect(Object.keys(object.properties).sort()).toEqual(["enabled", "severity", ...Object.keys(r.options ?? {})].sort());
    }
  });

  it("everything the schema offers, the config reader accepts", () => {
    const toggles: unknown[] = schema.definitions.toggle.enum;
    for (const r of rules) {
      const options = Object.fromEntries(Object.entries(r.options ?? {}).map(([k, o]) => [k, o.default]));
      for (const severity of schema.definitions.severity.enum) {
        const text = JSON.stringify({ session: 81, status: "final", openers: { preambular: ["Heeding"], operative: [] }, rules: { [r.name]: { enabled: true, severity, ...options } } });
        expect(readConfig(text, rules).problems).toEqual([]);
      }
      for (const t of toggles) expect(readConfig(JSON.stringify({ rules: { [r.id]: t } }), rules).problems).toEqual([]);
    }
    // And what it leaves out, the reader refuses.
    expect(readConfig(`{ "rulez": {} }`, rules).problems).toHaveLength(1);
    expect(readConfig(`{ "rules": { "RES003": "loud" } }`, rules).problems).toHaveLength(1);
    expect(readConfig(`{ "rules": { "RES003": { "colour": 1 } } }`, rules).problems).toHaveLength(1);
  });
});

describe("package.json declares .resdraft.json to VS Code", () => {
  it("as JSON with comments", () => {
    const entry = pkg.contributes.languages.find((l: { id: string }) => l.id === "jsonc");
    expect(entry?.filenames).toContain(".resdraft.json");
  });

  it("validated with the schema, which is packed into the extension", () => {
    const v = pkg.contributes.jsonValidation.find((j: { fileMatch: string | string[] }) => [j.fileMatch].flat().includes(".resdraft.json"));
    expect(v?.url).toBe("./schemas/resdraft.schema.json");
    expect(existsSync(join(ROOT, v.url))).toBe(true);
    const ignore = readFileSync(join(ROOT, ".vscodeignore"), "utf8").split("\n");
    expect(ignore).toContain("!schemas/*.json");
  });
});
