// A realistic, deterministic TypeScript file for the ESLint benchmark: UI-style code (message
// catalogues, component ids, CSS classes, URL templates, JSDoc, switch/case state code) with a
// few planted fake secrets. The same seed always gives the same text.
import { base62, crc32 } from '../dist/engine/validators.js';

function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ('project member invoice report dashboard account team billing settings profile order product customer ' +
  'message notification calendar event task comment upload export filter search analytics schedule review').split(' ');
const ADJECTIVES = 'upcoming recent active archived pending shared primary default custom weekly monthly'.split(' ');
const UI = 'Card List Panel Modal Header Footer Table Row Button Badge Tooltip Drawer Tabs Chart'.split(' ');
const CLASSES = 'flex items-center justify-between gap-2 px-4 py-2 rounded-md text-sm font-medium text-gray-700 bg-white shadow-sm hover:bg-gray-50 border border-gray-200 truncate w-full md:w-1/2'.split(' ');
const SENTENCES = [
  'You have {count} new notifications since your last visit.',
  'Are you sure you want to delete this {item}? This cannot be undone.',
  'Your changes have been saved.',
  'Something went wrong while loading {item}. Please try again.',
  'Invite teammates to collaborate on this project.',
  'No results match your filters.',
  'This link expires in {hours} hours.',
  'Drag and drop files here, or click to browse.',
];

/** At least `lines` lines; `secrets` are the planted fakes. */
export function generateUiSource({ lines = 10_000, seed = 42 } = {}) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const cap = (w) => w[0].toUpperCase() + w.slice(1);
  const alnum = (n, alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') => {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(random() * alphabet.length)];
    return out;
  };
  const body = alnum(30);
  const secrets = {
    awsKeyId: `AKIA${alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
    awsSecret: alnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
    githubPat: `ghp_${body}${base62(crc32(body), 6)}`,
  };

  const out = [
    "import { defineMessages } from './i18n';",
    "import type { Route, ComponentId } from './types';",
    '',
  ];
  let block = 0;
  const blocks = [
    // A message catalogue: many plain strings.
    () => {
      const name = `${pick(WORDS)}${cap(pick(WORDS))}Messages${block}`;
      out.push(`export const ${name} = defineMessages({`);
      for (let i = 0; i < 8; i++) out.push(`  ${pick(ADJECTIVES)}${cap(pick(WORDS))}${i}: '${pick(SENTENCES).replace('{item}', pick(WORDS))}',`);
      out.push('});', '');
    },
    // Component ids: long camelCase strings, the classic entropy false positive.
    () => {
      out.push(`/** Component ids used by the ${pick(WORDS)} screens. */`);
      out.push(`export const ${pick(WORDS)}Ids${block}: Record<string, ComponentId> = {`);
      for (let i = 0; i < 6; i++) {
        const id = `${cap(pick(WORDS))}${cap(pick(WORDS))}${cap(pick(ADJECTIVES))}${cap(pick(WORDS))}${pick(UI)}`;
        out.push(`  ${pick(WORDS)}${i}: '${id}',`);
      }
      out.push('};', '');
    },
    // Routes: URL templates.
    () => {
      const resource = pick(WORDS);
      out.push(`export function ${resource}Routes${block}(projectId: string, page = 1): Route[] {`);
      out.push('  // Keep these in sync with the API gateway config.');
      for (let i = 0; i < 4; i++) {
        out.push(`  const r${i} = \`/api/v2/projects/\${projectId}/${resource}s/${pick(WORDS)}?page=\${page}&sort=${pick(ADJECTIVES)}\`;`);
      }
      out.push('  return [r0, r1, r2, r3].map((path) => ({ path, method: \'GET\' }));', '}', '');
    },
    // A reducer: identifiers, switch/case, class names.
    () => {
      const thing = cap(pick(WORDS));
      out.push('/**', ` * Reducer for the ${thing} panel. Handles loading, errors and selection.`, ' * @param state the current state', ' */');
      out.push(`export function reduce${thing}${block}(state: { status: string; className: string }, action: { type: string }) {`);
      out.push('  switch (action.type) {');
      for (let i = 0; i < 4; i++) {
        out.push(`    case '${pick(WORDS)}/${pick(ADJECTIVES)}${thing}${i}':`);
        out.push(`      return { ...state, status: '${pick(ADJECTIVES)}', className: '${pick(CLASSES)} ${pick(CLASSES)} ${pick(CLASSES)}' };`);
      }
      out.push('    default:', '      return state;', '  }', '}', '');
    },
  ];
  const plantAt = new Map([
    [Math.floor(lines * 0.2), `const deployKeyId = '${secrets.awsKeyId}';`],
    [Math.floor(lines * 0.5), `const aws_secret_access_key = "${secrets.awsSecret}";`],
    [Math.floor(lines * 0.8), `// temporary: token ${secrets.githubPat} (rotate before release)`],
  ]);
  while (out.length < lines) {
    for (const [line, text] of plantAt) {
      if (out.length >= line) {
        out.push(text, '');
        plantAt.delete(line);
      }
    }
    blocks[block % blocks.length]();
    block += 1;
  }
  // Whole blocks only, so the file always parses: a few lines more than asked for.
  return { text: `${out.join('\n')}\n`, secrets };
}
