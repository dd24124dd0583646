// Types for config-schema.mjs (imported by the schema test).
export interface SchemaRule {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly severity: string;
  readonly enabledByDefault?: boolean;
  readonly options?: Readonly<Record<string, { readonly description: string; readonly default: unknown }>>;
}
export function configSchema(rules: readonly SchemaRule[]): Record<string, unknown>;
