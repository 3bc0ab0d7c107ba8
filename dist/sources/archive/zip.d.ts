import { type RawEntry } from './entry.js';
export declare function zipEntries(bytes: Uint8Array, maxEntryBytes: () => number): Generator<RawEntry>;
