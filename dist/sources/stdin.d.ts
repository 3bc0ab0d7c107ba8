import { type ResolvedConfig } from '../config/load.js';
import type { Confidence, ScanResult } from '../types.js';
/** How a stream is named in findings when no `--stdin-filename` is given. */
export declare const STDIN_NAME = "<stdin>";
export interface ScanStreamOptions {
    config: ResolvedConfig;
    /** The name findings carry, `/`-separated, as if the text were that file (default `<stdin>`). */
    name?: string;
    /** Folder a relative `name` is resolved against for the config's exclude globs. */
    cwd?: string;
    redact?: boolean;
    minConfidence?: Confidence;
    maxFileSize?: number;
}
/**
 * Scans text piped in (`leakgate scan -`), read to its end: one "file" named `name`, read with
 * the same size limit and binary sniff as a file on disk. A name the config excludes is not scanned.
 */
export declare function scanStream(stream: AsyncIterable<Uint8Array | string>, options: ScanStreamOptions): Promise<ScanResult>;
