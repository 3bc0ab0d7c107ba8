// Types for tf-catalogue-table.mjs, which test/terraform/catalogue-docs.test.ts imports.
export interface ProviderInfo {
  repository: string;
  status: string;
  source?: { kind: string; repository: string };
  commit?: string;
  date?: string;
  version?: string;
  resources?: number;
  dataSources?: number;
  attributes?: number;
}
export const MARKERS: { table: [string, string]; summary: [string, string] };
export function coverageTable(providers: Record<string, ProviderInfo>): string;
export function coverageSummary(providers: Record<string, ProviderInfo>): string;
export function replaceBetween(text: string, markers: readonly [string, string], body: string): string | undefined;
