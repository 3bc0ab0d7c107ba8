/**
 * Public types shared by every door (CLI, library, ESLint rule) and every source
 * (tree, staged index, history). A finding never carries the raw secret unless the
 * caller asked for it with `redact: false`.
 */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
export const CONFIDENCES = ['high', 'medium', 'low'];
