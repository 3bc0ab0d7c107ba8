import type { Engine } from '../../engine/engine.js';
import type { Confidence, Finding } from '../../types.js';
import { type GitOptions } from './process.js';
/**
 * Commit messages and annotated-tag messages hold text people paste (a failing command with its
 * token, a connection string): they are scanned like files, under pseudo paths, with the line
 * in the message. Each finding carries its commit (for a tag, the tag object) and author.
 */
export declare const COMMIT_MESSAGE_PATH = "<commit-message>";
/** Tags are told apart by name: `<tag-message v1.2.0>`. */
export declare const tagMessagePath: (tag: string) => string;
export interface MessageScanOptions {
    redact: boolean;
    minConfidence?: Confidence | undefined;
}
/** Findings in the messages of the selected commits and, when asked, of every annotated tag. */
export declare function scanMessages(git: GitOptions, engine: Engine, selection: {
    revisionArgs: readonly string[];
    tags: boolean;
}, options: MessageScanOptions): Promise<Finding[]>;
