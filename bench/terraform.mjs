// Terraform mode: parse and analyse a generated 1 MiB .tf file in memory (and from disk through
// the whole CLI), against the engine scanning the same text in the same run as the reference.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, leakgateBin, measure, printTable } from './lib.mjs';

const TARGET_BYTES = 1024 * 1024;

/** A realistic module section: every construct the analyzer reads, repeated with new names. */
function section(i) {
  return `
variable "db_password_${i}" {
  type      = string
  sensitive = true
}

data "aws_secretsmanager_secret_version" "db_${i}" {
  secret_id = "prod/app-${i}/db"
}

resource "aws_db_instance" "main_${i}" {
  identifier        = "app-${i}"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "app"
  password          = jsondecode(data.aws_secretsmanager_secret_version.db_${i}.secret_string)["password"]
  tags = { for k, v in var.tags : k => upper(v) if k != "owner" }
  user_data = <<-EOT
    #!/bin/sh
    echo "starting ${'$'}{var.environment} node ${i}"
    systemctl enable app
  EOT
}

locals {
  endpoint_${i} = "postgres://${'$'}{aws_db_instance.main_${i}.address}:5432/app"
  ports_${i}    = [for p in var.ports : p * 2]
}

output "endpoint_${i}" {
  value     = local.endpoint_${i}
  sensitive = false
}
`;
}

export function generateTerraform() {
  let text = 'terraform {\n  backend "s3" {\n    bucket = "state"\n    key    = "big.tfstate"\n  }\n}\n';
  for (let i = 0; text.length < TARGET_BYTES; i++) text += section(i);
  return text;
}

function timeIt(fn, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

async function timeAsync(fn, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], first: samples[0] };
}

export async function benchTerraform(_target, { runs }) {
  const { createEngine, loadBuiltinRules } = await import('../dist/index.js');
  const { loadHclParser, parseHcl } = await import('../dist/terraform/hcl.js');
  const { parseHclFast } = await import('../dist/terraform/hcl-fast.js');
  const { analyzeTerraform } = await import('../dist/terraform/analyze.js');
  const text = generateTerraform();
  const dir = mkdtempSync(join(tmpdir(), 'leakgate-bench-tf-'));
  const file = join(dir, 'main.tf');
  writeFileSync(file, text);
  try {
    const lines = text.split('\n').length;
    console.log(`generated main.tf: ${text.length} bytes, ${lines} lines\n`);

    const initStarted = performance.now();
    await loadHclParser();
    const initMs = performance.now() - initStarted;
    const firstStarted = performance.now();
    const parsed = await parseHcl(text);
    const firstParseMs = performance.now() - firstStarted;
    const { parser } = await loadHclParser();
    const rawParse = await timeAsync(() => parser.parse(text).delete(), runs);
    const parse = await timeAsync(() => parseHcl(text), runs);
    // The hand-written parser the analyzer uses (tree-sitter only for files it declines), on the same text.
    if (!parseHclFast(text)) throw new Error('the fast parser declined the generated module');
    const fastParse = timeIt(() => parseHclFast(text), runs * 3);
    const analyse = await timeAsync(
      () => analyzeTerraform({ files: [{ absolutePath: file, displayPath: 'main.tf' }], stateFiles: [] }, { minConfidence: 'medium' }),
      runs,
    );
    const engine = createEngine({ rules: loadBuiltinRules(), allow: { regexes: [], stopwords: [] } });
    engine.scanText(text, { path: 'main.tf' });
    const engineMs = timeIt(() => engine.scanText(text, { path: 'main.tf' }), runs);
    const jsonText = JSON.stringify({ text });
    const jsonMs = timeIt(() => JSON.parse(jsonText), runs);
    const cli = measure(process.execPath, [leakgateBin, file, '--no-config', '--format', 'json', '--quiet'], { runs });

    const mibPerS = (ms) => fmt(text.length / 1048576 / (ms / 1000), 1);
    printTable(
      ['step', 'median ms', 'MiB/s', 'x engine scan'],
      [
        ['engine.scanText (reference)', fmt(engineMs), mibPerS(engineMs), '1.0'],
        ['JSON.parse of the same bytes (floor)', fmt(jsonMs), mibPerS(jsonMs), fmt(jsonMs / engineMs, 2)],
        ['tree-sitter init + grammar load (once)', fmt(initMs), '-', '-'],
        ['parseHcl, first call', fmt(firstParseMs), mibPerS(firstParseMs), fmt(firstParseMs / engineMs, 2)],
        ['tree-sitter parse only', fmt(rawParse.median), mibPerS(rawParse.median), fmt(rawParse.median / engineMs, 2)],
        ['parseHcl (parse + syntax tree)', fmt(parse.median), mibPerS(parse.median), fmt(parse.median / engineMs, 2)],
        ['hand-written parser, syntax tree built directly (what the analyzer runs)', fmt(fastParse), mibPerS(fastParse), fmt(fastParse / engineMs, 2)],
        ['analyzeTerraform (read, parse, model, rules)', fmt(analyse.median), mibPerS(analyse.median), fmt(analyse.median / engineMs, 2)],
        ['leakgate CLI on the file (whole process)', fmt(cli.seconds * 1000), mibPerS(cli.seconds * 1000), fmt((cli.seconds * 1000) / engineMs, 2)],
      ],
    );
    console.log(`\nblocks: ${parsed.body.blocks.length}, syntax problems: ${parsed.problems.length}; peak RSS of the CLI run: ${fmt(cli.rssMiB)} MiB`);
    console.log(`hand-written parser vs tree-sitter's parse alone, same text: ${fmt(rawParse.median / fastParse, 1)}x faster`);
    console.log(`target: parsing 1 MiB well under a second -> ${fastParse < 1000 ? 'met' : 'NOT met'} (${fmt(fastParse)} ms)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
