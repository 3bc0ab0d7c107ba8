// node scripts/gen-tf-catalogue.mjs [--mirrors DIR]
// Writes src/terraform/catalogue-data.json: for each provider, the resources and data sources
// whose schema marks an attribute `Sensitive: true`, read from the provider's Go source in a
// `fetch` mirror (bare git directory, /work/.mirror/<owner>+<name>/repo by default), with the
// commit and nearest tag it read. A provider without a mirror keeps its hand-written entries in
// src/terraform/catalogue.ts, and the file says so. Hand-curated semantics (ephemeral twins,
// write-only arguments, conditions, advice) stay in catalogue.ts; this file only lists facts.
//
// How the Go source is read (text, no Go toolchain): every `"name": {`-style key opens a frame
// on a brace stack, so `Sensitive: true` is found under its path of keys, whose first key is the
// top-level attribute (`kube_admin_config` for `kube_admin_config.client_key`). Each file's
// frames are tied to resource types by the provider's conventions: registration maps
// (`"google_sql_user": ResourceSqlUser()`), typed resources (`ResourceType() string { return
// "azurerm_x" }`), plugin-framework metadata (`resp.TypeName = req.ProviderTypeName + "_x"`).
// Schema helpers (`"kube_config": kubeConfigSchema()`) are followed one call deep.
//
// A provider whose source is over the fetch size limit (aws: ~932 MB) is read instead from a
// published copy of its `terraform providers schema -json` output, when one is mirrored (the
// `schema` column of PROVIDERS): the same facts (`sensitive`, `computed`, `optional`,
// `write_only`), taken from the released binary rather than its source. The output says which
// source it read, at which commit and release.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coverageSummary, coverageTable, MARKERS, replaceBetween } from './tf-catalogue-table.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--mirrors');
const mirrors = resolve(at >= 0 && args[at + 1] ? args[at + 1] : (process.env.LEAKGATE_MIRRORS ?? '/work/.mirror'));
const output = join(repoRoot, 'src', 'terraform', 'catalogue-data.json');

/** [name, source repository, published schema JSON (read when the source has no mirror)]. */
const PROVIDERS = [
  // One Go file per block, each a `terraform providers schema -json` block in a raw string, one release tag per provider release.
  ['aws', 'hashicorp/terraform-provider-aws', 'lonegunmanb/terraform-aws-schema'],
  ['azurerm', 'hashicorp/terraform-provider-azurerm'],
  ['google', 'hashicorp/terraform-provider-google'],
  ['kubernetes', 'hashicorp/terraform-provider-kubernetes'],
  ['helm', 'hashicorp/terraform-provider-helm'],
  ['random', 'hashicorp/terraform-provider-random'],
  ['tls', 'hashicorp/terraform-provider-tls'],
  ['vault', 'hashicorp/terraform-provider-vault'],
  ['azuread', 'hashicorp/terraform-provider-azuread'],
  ['github', 'integrations/terraform-provider-github'],
];

function git(gitDir, ...gitArgs) {
  const result = spawnSync('git', ['--git-dir', gitDir, ...gitArgs], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  if (result.status !== 0) return undefined;
  return result.stdout;
}

/** Every Go source file (tests excluded) as [path, text], read in one `git cat-file --batch`. */
function goFiles(gitDir) {
  const listing = git(gitDir, 'ls-tree', '-r', 'HEAD') ?? '';
  const wanted = [];
  for (const line of listing.split('\n')) {
    const [meta, path] = line.split('\t');
    if (!path || !path.endsWith('.go') || path.endsWith('_test.go') || /(?:^|\/)(?:vendor|testdata|examples?)\//.test(path)) continue;
    wanted.push([meta.split(' ')[2], path]);
  }
  const batch = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
    input: wanted.map(([sha]) => sha).join('\n') + '\n',
    maxBuffer: 2 * 1024 * 1024 * 1024,
  });
  const out = batch.stdout;
  const files = [];
  let offset = 0;
  for (const [, path] of wanted) {
    const headerEnd = out.indexOf(10, offset);
    const header = out.subarray(offset, headerEnd).toString();
    const size = Number(header.split(' ')[2]);
    if (Number.isNaN(size)) {
      offset = headerEnd + 1; // "<sha> missing": a blob the snapshot lacks
      continue;
    }
    files.push([path, out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8')]);
    offset = headerEnd + 1 + size + 1;
  }
  return files;
}

/**
 * `"name": {`, `"name": &schema.Schema{`, `"name": schema.StringAttribute{`, `"name": pluginsdk.Schema{`,
 * and a key assigned into a schema map: `arguments["server"] = &pluginsdk.Schema{`.
 */
const KEY_OPEN = /(?:"([a-z0-9_]+)"\s*:|\w+\["([a-z0-9_]+)"\]\s*=)\s*(?:&?[\w.]+(?:\[[^\]]*\])?[\w.*]*)?\s*$/;
const SENSITIVE = /\bSensitive\s*:\s*true\b/g;

/**
 * Sensitive attributes of one region of Go source: [{ path, computed }], where `computed` says
 * the innermost attribute is Computed without Optional or Required (set by the provider, always
 * in state), and `helperCalls` the schema helpers a key calls (`"kube_config": kubeConfig()`).
 */
function sensitiveIn(text) {
  const found = [];
  const stack = []; // { key, start }
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') lineStart = i + 1;
    else if (ch === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end - 1;
    } else if (ch === '"' || ch === '`') {
      const end = text.indexOf(ch, i + 1);
      if (ch === '"') {
        let j = i + 1;
        while (j < text.length && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
        i = j;
      } else i = end < 0 ? text.length : end;
    } else if (ch === '{') {
      const match = KEY_OPEN.exec(text.slice(lineStart, i));
      stack.push({ key: match ? (match[1] ?? match[2]) : undefined, start: i });
    } else if (ch === '}') {
      stack.pop();
    } else if (ch === 'S' && text.startsWith('Sensitive', i)) {
      SENSITIVE.lastIndex = i;
      const match = SENSITIVE.exec(text);
      if (!match || match.index !== i) continue;
      const path = stack.map((frame) => frame.key).filter(Boolean);
      if (path.length === 0) continue;
      const frame = [...stack].reverse().find((f) => f.key);
      const body = innermostBody(text, frame.start);
      const computed = /\bComputed\s*:\s*true/.test(body) && !/\b(?:Optional|Required)\s*:\s*true/.test(body);
      found.push({ path, computed });
    }
  }
  return found;
}

/** The text of a frame's own level: from its brace to the matching one, nested frames left out. */
function innermostBody(text, start) {
  let depth = 0;
  let own = '';
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') depth++;
    else if (ch === '}') {
      depth--;
      if (depth === 0) break;
    } else if (depth === 1) own += ch;
  }
  return own;
}

/** Go functions of a file: name, body start and end. */
function functionsOf(text) {
  const list = [];
  const re = /^func\s+(?:\([^)]*\)\s*)?(\w+)\s*\([^)]*\)[^{\n]*\{/gm;
  let match;
  while ((match = re.exec(text))) {
    const start = match.index + match[0].length - 1;
    let depth = 0;
    let end = start;
    for (let i = start; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) {
        end = i;
        break;
      }
    }
    list.push({ name: match[1], receiver: /^func\s+\(\s*\w*\s*\*?(\w+)\)/.exec(match[0])?.[1], start, end, text: text.slice(match.index, end + 1) });
  }
  return list;
}

function generate(provider, gitDir) {
  const files = goFiles(gitDir);
  const prefix = `${provider}_`;
  const registered = new Map(); // function name -> [{ type, kind }]
  const register = (fn, type, kind) => registered.set(fn, [...(registered.get(fn) ?? []), { type, kind }]);
  const kindOf = (fn) => (/^data|DataSource/i.test(fn) ? 'data' : 'resource');
  for (const [, text] of files) {
    // Registration maps: "google_sql_user": sql.ResourceSqlUser(), across the whole provider.
    for (const match of text.matchAll(new RegExp(`"(${prefix}\\w+)"\\s*:\\s*(?:[\\w.]+\\.)?(\\w+)\\(`, 'g'))) register(match[2], match[1], kindOf(match[2]));
    // vault: "vault_generic_secret": { Resource: UpdateSchemaResource(genericSecretResource("...")), ... }
    for (const match of text.matchAll(new RegExp(`"(${prefix}\\w+)"\\s*:\\s*\\{\\s*Resource:\\s*(?:[\\w.]+\\()*(?:[\\w.]+\\.)?(\\w+)\\([^()]*\\)`, 'g'))) {
      register(match[2], match[1], kindOf(match[2]));
    }
    // google's registry: registry.Schema{ Name: "google_x", Type: registry.SchemaTypeResource, Schema: ResourceX() }.Register()
    for (const match of text.matchAll(/Name:\s*"(\w+)",[^}]{0,300}?Type:\s*registry\.SchemaType(\w+),[^}]{0,200}?Schema:\s*(?:[\w.]+\.)?(\w+)\(/g)) {
      register(match[3], match[1], match[2] === 'DataSource' ? 'data' : match[2] === 'Resource' ? 'resource' : 'ephemeral');
    }
  }
  const entries = new Map(); // kind.type -> { kind, type, computed: Set, arguments: Set }
  const add = (kind, type, { path, computed }) => {
    if (kind === 'ephemeral') return;
    const key = `${kind}.${type}`;
    const entry = entries.get(key) ?? { provider, kind, type, computed: new Set(), arguments: new Set(), writeOnly: [] };
    (computed ? entry.computed : entry.arguments).add(path.join('.'));
    entries.set(key, entry);
  };
  // Helpers: a function holding sensitive keys but no resource type; followed from where a key calls it.
  const helpers = new Map(); // function name -> found[]
  for (const [path, text] of files) {
    if (!SENSITIVE.test(text)) continue;
    SENSITIVE.lastIndex = 0;
    const functions = functionsOf(text);
    // Types named in the file by annotation, typed resource or framework metadata.
    const fileTypes = [];
    for (const match of text.matchAll(/@(SDK|Framework)(Resource|DataSource|EphemeralResource)\("(\w+)"/g)) {
      fileTypes.push({ type: match[3], kind: match[2] === 'DataSource' ? 'data' : match[2] === 'Resource' ? 'resource' : 'ephemeral', receiver: undefined });
    }
    for (const fn of functions) {
      const typed = /return\s+"(\w+)"/.exec(fn.text);
      if (fn.name === 'ResourceType' && typed) {
        fileTypes.push({ type: typed[1], kind: /DataSource/.test(fn.receiver ?? '') ? 'data' : /Ephemeral/.test(fn.receiver ?? '') ? 'ephemeral' : 'resource', receiver: fn.receiver });
      }
      const meta = /TypeName\s*=\s*req\.ProviderTypeName\s*\+\s*"(\w+)"/.exec(fn.text);
      if (fn.name === 'Metadata' && meta) {
        const kind = /DataSource/i.test(fn.receiver ?? '') || /data_source/.test(path) ? 'data' : /Ephemeral/i.test(fn.receiver ?? '') || /ephemeral/.test(path) ? 'ephemeral' : 'resource';
        fileTypes.push({ type: `${provider}${meta[1]}`, kind, receiver: fn.receiver });
      }
    }
    // Write-only twins declared beside the secret argument: `"root_password_wo"` and its `_wo_version` (or `_wo_revision`).
    const writeOnly = [...text.matchAll(/"(\w+)_wo_(version|revision)"\s*:/g)].map((m) => ({ argument: m[1], version: m[2] }));
    for (const fn of functions) {
      const found = sensitiveIn(fn.text);
      if (found.length === 0) continue;
      let owners = registered.get(fn.name);
      if (!owners) {
        const sameReceiver = fileTypes.filter((t) => t.receiver && t.receiver === fn.receiver);
        if (sameReceiver.length > 0) owners = sameReceiver;
        else if (fileTypes.length === 1 && /schema|Schema|Arguments|Attributes/.test(fn.name)) owners = fileTypes;
      }
      if (owners) {
        for (const owner of owners) {
          for (const item of found) add(owner.kind, owner.type, item);
          const entry = entries.get(`${owner.kind}.${owner.type}`);
          if (entry) for (const pair of writeOnly) if (!entry.writeOnly.some((p) => p.argument === pair.argument)) entry.writeOnly.push(pair);
        }
      }
      else helpers.set(fn.name, found);
    }
  }
  // One call deep: `"kube_admin_config": kubeConfigSchema()` inside a resource's function.
  for (const [, text] of files) {
    for (const fn of functionsOf(text)) {
      const owners = registered.get(fn.name);
      if (!owners) continue;
      for (const match of fn.text.matchAll(/"([a-z0-9_]+)"\s*:\s*(?:[\w.]+\.)?(\w+)\(\)/g)) {
        const helper = helpers.get(match[2]);
        if (!helper) continue;
        for (const owner of owners) for (const item of helper) add(owner.kind, owner.type, { path: [match[1], ...item.path], computed: item.computed });
      }
    }
  }
  return [...entries.values()]
    .filter((entry) => entry.type.startsWith(prefix))
    .map((entry) => ({
      provider,
      kind: entry.kind,
      type: entry.type,
      computed: [...entry.computed].sort(),
      arguments: [...entry.arguments].sort(),
      ...(entry.writeOnly.length > 0 ? { writeOnly: entry.writeOnly.sort((a, b) => a.argument.localeCompare(b.argument)) } : {}),
    }))
    .sort((a, b) => `${a.kind}.${a.type}`.localeCompare(`${b.kind}.${b.type}`));
}

/**
 * Sensitive attributes of one `terraform providers schema -json` block: [{ path, computed }],
 * nested blocks (`block_types`) and nested attributes (`nested_type`) giving the dotted path.
 */
function sensitiveInSchema(block, prefix = []) {
  const found = [];
  const attributes = (holder, path) => {
    for (const [name, attribute] of Object.entries(holder ?? {})) {
      const here = [...path, name];
      if (attribute.sensitive) found.push({ path: here, computed: Boolean(attribute.computed && !attribute.optional && !attribute.required) });
      if (attribute.nested_type) attributes(attribute.nested_type.attributes, here);
    }
  };
  attributes(block.attributes, prefix);
  for (const [name, nested] of Object.entries(block.block_types ?? {})) found.push(...sensitiveInSchema(nested.block, [...prefix, name]));
  return found;
}

/**
 * Entries from a published schema JSON: `generated/register.go` maps each type to the function
 * returning its schema (`resources["aws_db_instance"] = resource.AwsDbInstanceSchema()`), and the
 * file defining that function holds the JSON in a raw string.
 */
function generateFromSchema(provider, gitDir) {
  const register = git(gitDir, 'show', 'HEAD:generated/register.go') ?? '';
  // Keyed by package and function: resource.AwsDbInstanceSchema and data.AwsDbInstanceSchema differ.
  const types = new Map(); // "package.Function" -> { kind, type }
  for (const match of register.matchAll(/(resources|dataSources)\["(\w+)"\]\s*=\s*(\w+\.\w+)\(\)/g)) {
    types.set(match[3], { kind: match[1] === 'resources' ? 'resource' : 'data', type: match[2] });
  }
  const entries = [];
  const unread = new Map(types);
  for (const [path, text] of goFiles(gitDir)) {
    const pkg = /^package\s+(\w+)/m.exec(text)?.[1];
    const fn = `${pkg}.${/^func\s+(\w+)\(\)\s*\*tfjson\.Schema/m.exec(text)?.[1]}`;
    const owner = types.get(fn);
    if (!owner) continue;
    unread.delete(fn);
    // A Go raw string cannot hold a backtick: the generator splices one in as ` + "`" + `.
    const raw = /`([\s\S]*)`/.exec(text)?.[1]?.replaceAll('` + "`" + `', '`');
    if (!raw) continue;
    const block = JSON.parse(raw).block;
    const found = sensitiveInSchema(block);
    if (found.length === 0) continue;
    const attributes = block.attributes ?? {};
    // Write-only twins: `password_wo` (write_only) of a `password` argument, with its trigger
    // `password_wo_version` or `password_wo_revision` when the schema has one.
    const writeOnly = Object.keys(attributes)
      .filter((name) => name.endsWith('_wo') && attributes[name].write_only && attributes[name.slice(0, -3)])
      .map((name) => {
        const version = ['version', 'revision'].find((suffix) => attributes[`${name}_${suffix}`]);
        return { argument: name.slice(0, -3), ...(version ? { version } : {}) };
      });
    entries.push({
      provider,
      kind: owner.kind,
      type: owner.type,
      computed: [...new Set(found.filter((f) => f.computed).map((f) => f.path.join('.')))].sort(),
      arguments: [...new Set(found.filter((f) => !f.computed).map((f) => f.path.join('.')))].sort(),
      ...(writeOnly.length > 0 ? { writeOnly: writeOnly.sort((a, b) => a.argument.localeCompare(b.argument)) } : {}),
    });
  }
  // Types whose schema file the snapshot lacks (files of 4 MiB and more) are named, so the gap is visible.
  const missing = [...unread.values()].map((owner) => `${owner.kind}.${owner.type}`).sort();
  return { entries: entries.sort((a, b) => `${a.kind}.${a.type}`.localeCompare(`${b.kind}.${b.type}`)), missing };
}

/**
 * The release a snapshot stands for: the newest tag created no later than HEAD's commit. Not
 * `git describe`: google tags its releases on release branches, so the nearest tag reachable
 * from its main branch is years old (v5.29.0 on a 2026 main that follows v7.45.0).
 */
function releaseOf(gitDir) {
  const date = git(gitDir, 'log', '-1', '--format=%cs', 'HEAD')?.trim();
  const head = Number(git(gitDir, 'log', '-1', '--format=%ct', 'HEAD'));
  const tags = (git(gitDir, 'for-each-ref', '--sort=-creatordate', '--format=%(creatordate:unix) %(refname:short)', 'refs/tags') ?? '').split('\n');
  const newest = tags.map((line) => line.split(' ')).find(([when, tag]) => tag && Number(when) <= head);
  return { version: newest?.[1] ?? git(gitDir, 'describe', '--tags', '--abbrev=0', 'HEAD')?.trim(), date };
}

const providers = {};
const entries = [];
for (const [name, repository, schemaRepository] of PROVIDERS) {
  const gitDir = join(mirrors, repository.replace('/', '+'), 'repo');
  const schemaDir = schemaRepository && join(mirrors, schemaRepository.replace('/', '+'), 'repo');
  const fromSource = existsSync(gitDir);
  if (!fromSource && !(schemaDir && existsSync(schemaDir))) {
    providers[name] = { repository, status: 'not read: no mirror (the snapshot is over the fetch size limit or was not fetched); the hand-written entries in catalogue.ts stand' };
    console.log(`${name}: not read (no mirror at ${gitDir}); hand entries kept`);
    continue;
  }
  const readDir = fromSource ? gitDir : schemaDir;
  const commit = git(readDir, 'rev-parse', 'HEAD')?.trim();
  const { version, date } = releaseOf(readDir);
  let generated;
  let source;
  if (fromSource) {
    generated = generate(name, gitDir);
    source = { kind: 'go-source', repository };
  } else {
    const read = generateFromSchema(name, schemaDir);
    generated = read.entries;
    source = { kind: 'schema-json', repository: schemaRepository, ...(read.missing.length > 0 ? { unreadTypes: read.missing } : {}) };
  }
  const resources = generated.filter((e) => e.kind === 'resource').length;
  const dataSources = generated.filter((e) => e.kind === 'data').length;
  const attributes = generated.reduce((n, e) => n + e.computed.length + e.arguments.length, 0);
  providers[name] = { repository, source, commit, date, version, status: 'generated', resources, dataSources, attributes };
  entries.push(...generated);
  console.log(`${name} ${version ?? ''} @ ${commit?.slice(0, 12)} (${source.kind}, ${source.repository}): ${resources} resources, ${dataSources} data sources, ${attributes} sensitive attributes`);
  if (source.unreadTypes) console.log(`  ${source.unreadTypes.length} schemas missing from the snapshot: ${source.unreadTypes.join(', ')}`);
}
writeFileSync(output, `${JSON.stringify({ generatedBy: 'scripts/gen-tf-catalogue.mjs', providers, entries }, null, 1)}\n`);
console.log(`wrote ${entries.length} entries to ${output}`);
// The coverage the docs show, from the same data (test/terraform/catalogue-docs.test.ts checks it).
for (const [file, marker, body] of [
  [join(repoRoot, 'docs', 'terraform.md'), MARKERS.table, coverageTable(providers)],
  [join(repoRoot, 'README.md'), MARKERS.summary, coverageSummary(providers)],
]) {
  const updated = replaceBetween(readFileSync(file, 'utf8'), marker, body);
  if (updated === undefined) console.error(`leakgate gen-tf-catalogue: ${file} has no ${marker[0]} ... ${marker[1]} markers; not updated`);
  else writeFileSync(file, updated);
}
