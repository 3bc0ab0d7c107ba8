import type { Engine } from '../../engine/engine.js';
import type { Confidence, Finding } from '../../types.js';
import { forEachRecord, spawnGit, type GitOptions } from './process.js';

/**
 * Commit messages and annotated-tag messages hold text people paste (a failing command with its
 * token, a connection string): they are scanned like files, under pseudo paths, with the line
 * in the message. Each finding carries its commit (for a tag, the tag object) and author.
 */

export const COMMIT_MESSAGE_PATH = '<commit-message>';
/** Tags are told apart by name: `<tag-message v1.2.0>`. */
export const tagMessagePath = (tag: string) => `<tag-message ${tag}>`;

const NUL = 0;
/** A tag signature is not part of what its author wrote (and is long, random-looking text). */
const SIGNATURE = /-----BEGIN (?:PGP|SSH) SIGNATURE-----[\s\S]*$/;

export interface MessageScanOptions {
  redact: boolean;
  minConfidence?: Confidence | undefined;
}

interface Message {
  path: string;
  oid: string;
  author: string;
  date: string;
  text: string;
}

/** The messages of the selected commits, in `git log` order. */
function commitMessages(git: GitOptions, revisionArgs: readonly string[], onMessage: (message: Message) => void): Promise<void> {
  const args = ['log', '-z', '--no-color', '--format=%H%x00%an%x00%ae%x00%aI%x00%B', ...revisionArgs, '--'];
  return readRecords(git, args, 5, ([oid = '', name = '', email = '', date = '', text = '']) => {
    onMessage({ path: COMMIT_MESSAGE_PATH, oid, author: author(name, email), date, text });
  });
}

/** The messages of annotated tags (lightweight tags have none). */
function tagMessages(git: GitOptions, onMessage: (message: Message) => void): Promise<void> {
  const format = '%(objecttype)%00%(objectname)%00%(refname:strip=2)%00%(taggername)%00%(taggeremail:trim)%00%(taggerdate:iso-strict)%00%(contents)%00';
  return readRecords(git, ['for-each-ref', `--format=${format}`, 'refs/tags'], 7, ([type, oid = '', tag = '', name = '', email = '', date = '', text = '']) => {
    if (type === 'tag') onMessage({ path: tagMessagePath(tag), oid, author: author(name, email), date, text: text.replace(SIGNATURE, '') });
  });
}

/** Streams git's NUL-separated output as records of `size` fields (git puts a newline between records). */
async function readRecords(git: GitOptions, args: string[], size: number, onRecord: (fields: string[]) => void): Promise<void> {
  const proc = spawnGit(args, git);
  proc.child.stdin.end();
  let fields: string[] = [];
  await Promise.all([
    forEachRecord(proc.stdout, NUL, (token) => {
      fields.push(fields.length === 0 ? token.replace(/^\n/, '') : token);
      if (fields.length < size) return;
      onRecord(fields);
      fields = [];
    }),
    proc.done,
  ]);
}

function author(name: string, email: string): string {
  return email ? `${name} <${email}>` : name;
}

/** Findings in the messages of the selected commits and, when asked, of every annotated tag. */
export async function scanMessages(
  git: GitOptions,
  engine: Engine,
  selection: { revisionArgs: readonly string[]; tags: boolean },
  options: MessageScanOptions,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const scan = (message: Message) => {
    if (message.text === '') return;
    const found = engine.scanText(message.text, { path: message.path, origin: 'history', redact: options.redact, minConfidence: options.minConfidence });
    for (const finding of found) findings.push({ ...finding, commit: message.oid, author: message.author, date: message.date });
  };
  await commitMessages(git, selection.revisionArgs, scan);
  if (selection.tags) await tagMessages(git, scan);
  return findings;
}
