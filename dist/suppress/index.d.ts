/**
 * Suppression after the engine: `.leakgateignore` entries, then a baseline. Inline
 * `leakgate:allow` comments are honoured earlier, inside the engine.
 */
export { applySuppressions, suppressResult, type SuppressOptions, type SuppressOutcome } from './apply.js';
export { IGNORE_FILE_NAME, findIgnoreFile, isExpired, loadIgnoreFileSync, loadNearestIgnoreFileSync, parseIgnoreFile, type IgnoreEntry, type IgnoreFile, } from './ignore-file.js';
export { BASELINE_VERSION, DEFAULT_BASELINE_FILE, createBaseline, formatBaseline, loadBaselineSync, parseBaseline, writeBaselineSync, type Baseline, type BaselineEntry, } from './baseline.js';
