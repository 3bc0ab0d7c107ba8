import type { Rule } from '../rules/schema.js';
import { type FileScanOptions } from './file-scanner.js';
/** Worker side of the file pool: compiles the rules once, then scans the batches it is sent. */
export interface WorkerSetup {
    rules: Rule[];
    allow: {
        regexes: string[];
        stopwords: string[];
    };
    scan: FileScanOptions;
}
