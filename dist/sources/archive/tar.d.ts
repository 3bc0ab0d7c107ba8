import { type RawEntry } from './entry.js';
export declare function tarEntries(bytes: Uint8Array, maxEntryBytes: () => number): Generator<RawEntry>;
