/**
 * Suppression after the engine: `.leakgateignore` entries, then a baseline. Inline
 * `leakgate:allow` comments are honoured earlier, inside the engine.
 */
export { applySuppressions, suppressResult } from './apply.js';
export { IGNORE_FILE_NAME, findIgnoreFile, isExpired, loadIgnoreFileSync, loadNearestIgnoreFileSync, parseIgnoreFile, } from './ignore-file.js';
export { BASELINE_VERSION, DEFAULT_BASELINE_FILE, createBaseline, formatBaseline, loadBaselineSync, parseBaseline, writeBaselineSync, } from './baseline.js';
