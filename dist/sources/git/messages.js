import { forEachRecord, spawnGit } from './process.js';
/**
 * Commit messages and annotated-tag messages hold text people paste (a failing command with its
 * token, a connection string): they are scanned like files, under pseudo paths, with the line
 * in the message. Each finding carries its commit (for a tag, the tag object) and author.
 */
export const COMMIT_MESSAGE_PATH = '<commit-message>';
/** Tags are told apart by name: `<tag-message v1.2.0>`. */
export const tagMessagePath = (tag) => `<tag-message ${tag}>`;
const NUL = 0;
/** A tag signature is not part of what its author wrote (and is long, random-looking text). */
const SIGNATURE = /-----BEGIN (?:PGP|SSH) SIGNATURE-----[\s\S]*$/;
/** The messages of the selected commits, in `git log` order. */
function commitMessages(git, revisionArgs, onMessage) {
    const args = ['log', '-z', '--no-color', '--format=%H%x00%an%x00%ae%x00%aI%x00%B', ...revisionArgs, '--'];
    return readRecords(git, args, 5, ([oid = '', name = '', email = '', date = '', text = '']) => {
        onMessage({ path: COMMIT_MESSAGE_PATH, oid, author: author(name, email), date, text });
    });
}
/** The messages of annotated tags (lightweight tags have none). */
function tagMessages(git, onMessage) {
    const format = '%(objecttype)%00%(objectname)%00%(refname:strip=2)%00%(taggername)%00%(taggeremail:trim)%00%(taggerdate:iso-strict)%00%(contents)%00';
    return readRecords(git, ['for-each-ref', `--format=${format}`, 'refs/tags'], 7, ([type, oid = '', tag = '', name = '', email = '', date = '', text = '']) => {
        if (type === 'tag')
            onMessage({ path: tagMessagePath(tag), oid, author: author(name, email), date, text: text.replace(SIGNATURE, '') });
    });
}
/** Streams git's NUL-separated output as records of `size` fields (git puts a newline between records). */
async function readRecords(git, args, size, onRecord) {
    const proc = spawnGit(args, git);
    proc.child.stdin.end();
    let fields = [];
    await Promise.all([
        forEachRecord(proc.stdout, NUL, (token) => {
            fields.push(fields.length === 0 ? token.replace(/^\n/, '') : token);
            if (fields.length < size)
                return;
            onRecord(fields);
            fields = [];
        }),
        proc.done,
    ]);
}
function author(name, email) {
    return email ? `${name} <${email}>` : name;
}
/** Findings in the messages of the selected commits and, when asked, of every annotated tag. */
export async function scanMessages(git, engine, selection, options) {
    const findings = [];
    const scan = (message) => {
        if (message.text === '')
            return;
        const found = engine.scanText(message.text, { path: message.path, origin: 'history', redact: options.redact, minConfidence: options.minConfidence });
        for (const finding of found)
            findings.push({ ...finding, commit: message.oid, author: message.author, date: message.date });
    };
    await commitMessages(git, selection.revisionArgs, scan);
    if (selection.tags)
        await tagMessages(git, scan);
    return findings;
}
