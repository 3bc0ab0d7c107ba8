// The catalogue's coverage in words, rendered from catalogue-data.json's `providers`: written into
// docs/terraform.md and README.md by scripts/gen-tf-catalogue.mjs, and compared with them by
// test/terraform/catalogue-docs.test.ts, so the numbers the docs show cannot drift from the data.

/** Between these markers the text belongs to the generator. */
export const MARKERS = {
  table: ['<!-- tf-catalogue-table:begin (written by scripts/gen-tf-catalogue.mjs) -->', '<!-- tf-catalogue-table:end -->'],
  summary: ['<!-- tf-catalogue-summary:begin (written by scripts/gen-tf-catalogue.mjs) -->', '<!-- tf-catalogue-summary:end -->'],
};

function sourceOf(info) {
  if (info.status !== 'generated') return 'not read: hand-written entries';
  const repository = info.source?.repository ?? info.repository;
  const how = info.source?.kind === 'schema-json' ? 'schema JSON' : 'Go source';
  return `${how}, [${repository}](https://github.com/${repository})`;
}

/** One row per provider: what was read, at which release and commit, and how much it holds. */
export function coverageTable(providers) {
  const rows = [
    '| provider | read from | release (commit date) | commit | resources | data sources | sensitive attributes |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [name, info] of Object.entries(providers)) {
    if (info.status !== 'generated') {
      rows.push(`| ${name} | ${sourceOf(info)} | | | | | |`);
      continue;
    }
    rows.push(`| ${name} | ${sourceOf(info)} | ${info.version} (${info.date}) | ${info.commit.slice(0, 12)} | ${info.resources} | ${info.dataSources} | ${info.attributes} |`);
  }
  return rows.join('\n');
}

/** One sentence for the README. */
export function coverageSummary(providers) {
  const read = Object.values(providers).filter((info) => info.status === 'generated');
  const sum = (key) => read.reduce((n, info) => n + info[key], 0);
  return `The secret catalogue is generated from ${read.length} providers' schemas: ${sum('resources')} resources and ${sum('dataSources')} data sources with ${sum('attributes')} sensitive attributes (per provider and version: [Terraform](docs/terraform.md#the-secret-catalogue)).`;
}

/** `text` with the part between a pair of markers replaced; undefined when the markers are missing. */
export function replaceBetween(text, [begin, end], body) {
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return undefined;
  return `${text.slice(0, from + begin.length)}\n${body}\n${text.slice(to)}`;
}
