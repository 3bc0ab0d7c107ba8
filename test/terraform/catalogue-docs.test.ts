import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageSummary, coverageTable, MARKERS, replaceBetween, type ProviderInfo } from '../../scripts/tf-catalogue-table.mjs';
import { CATALOGUE_PROVIDERS } from '../../src/terraform/catalogue.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const providers = CATALOGUE_PROVIDERS as Record<string, ProviderInfo>;

/**
 * The coverage numbers in the docs are the generator's output: rerunning
 * `node scripts/gen-tf-catalogue.mjs` rewrites them, and this fails when they drift.
 */
describe('the secret catalogue in the docs', () => {
  it('docs/terraform.md shows each provider read, its release and its counts, as generated', () => {
    const doc = read('docs/terraform.md');
    expect(replaceBetween(doc, MARKERS.table, coverageTable(providers))).toBe(doc);
    for (const name of Object.keys(providers)) expect(coverageTable(providers)).toContain(`| ${name} |`);
  });

  it('README.md sums them up, as generated', () => {
    const readme = read('README.md');
    expect(replaceBetween(readme, MARKERS.summary, coverageSummary(providers))).toBe(readme);
  });
});
