import type { Rule } from '../../rules/schema.js';
import { type BlobScanOptions, type BlobTask } from './blob-scanner.js';
/**
 * A history worker: its own engine and its own `git cat-file --batch`, so reading and scanning
 * both run in parallel across workers; the main thread only walks the log and hands out oids.
 */
export interface HistoryWorkerRequest {
    tasks: BlobTask[];
    /** Scan each blob whole and send its findings (after the history pass, for the blobs reported). */
    whole: boolean;
}
export interface HistoryWorkerSetup {
    rules: Rule[];
    allow: {
        regexes: string[];
        stopwords: string[];
    };
    scan: BlobScanOptions;
    git: {
        cwd: string;
        env: NodeJS.ProcessEnv;
    };
}
