import type { Finding, ScanResult, UnusedSuppression } from '../types.js';
import type { Baseline, BaselineEntry } from './baseline.js';
import { isExpired, type IgnoreEntry, type IgnoreFile } from './ignore-file.js';

/**
 * The suppression step, after the engine (which has already honoured inline `leakgate:allow`):
 * first `.leakgateignore` entries, then the baseline. Synchronous and pure, so the CLI (every
 * scanning command, through `emitResult`), the library and the ESLint rule share it.
 */
export interface SuppressOptions {
  /** Parsed `.leakgateignore` (see `loadNearestIgnoreFileSync`). */
  ignore?: IgnoreFile;
  /** Parsed baseline (see `loadBaselineSync`). */
  baseline?: Baseline;
  /** The date expiry is judged against (default: now). */
  now?: Date;
}

export interface SuppressOutcome {
  /** The findings still reported, in their original order. */
  findings: Finding[];
  ignored: number;
  baselined: number;
  /** Entries that matched nothing (expired ignore entries are warned about instead). */
  unused: UnusedSuppression[];
  /** One line per expired ignore entry. */
  warnings: string[];
}

export function applySuppressions(findings: readonly Finding[], options: SuppressOptions = {}): SuppressOutcome {
  const now = options.now ?? new Date();
  const afterIgnore = options.ignore ? applyIgnoreFile(findings, options.ignore, now) : { kept: [...findings], ignored: 0, unused: [], warnings: [] };
  const afterBaseline = options.baseline ? applyBaseline(afterIgnore.kept, options.baseline) : { kept: afterIgnore.kept, baselined: 0, unused: [] };
  return {
    findings: afterBaseline.kept,
    ignored: afterIgnore.ignored,
    baselined: afterBaseline.baselined,
    unused: [...afterIgnore.unused, ...afterBaseline.unused],
    warnings: afterIgnore.warnings,
  };
}

/** `applySuppressions` on a whole scan result: fewer findings, a `suppression` summary, expiry warnings. */
export function suppressResult(result: ScanResult, options: SuppressOptions & { reportUnused?: boolean } = {}): ScanResult {
  const outcome = applySuppressions(result.findings, options);
  return {
    ...result,
    findings: outcome.findings,
    stats: { ...result.stats, findings: outcome.findings.length, warnings: [...result.stats.warnings, ...outcome.warnings] },
    suppression: {
      ignored: outcome.ignored,
      baselined: outcome.baselined,
      ...(options.reportUnused ? { unused: outcome.unused } : {}),
    },
  };
}

function applyIgnoreFile(findings: readonly Finding[], ignore: IgnoreFile, now: Date) {
  const byFingerprint = new Map<string, IgnoreEntry[]>();
  for (const entry of ignore.entries) {
    const list = byFingerprint.get(entry.fingerprint);
    if (list) list.push(entry);
    else byFingerprint.set(entry.fingerprint, [entry]);
  }
  const used = new Set<IgnoreEntry>();
  const resurfaced = new Map<IgnoreEntry, number>();
  const kept: Finding[] = [];
  let ignored = 0;
  for (const finding of findings) {
    const entries = byFingerprint.get(finding.fingerprint);
    const active = entries?.find((entry) => !isExpired(entry, now));
    if (active) {
      used.add(active);
      ignored += 1;
      continue;
    }
    for (const entry of entries ?? []) resurfaced.set(entry, (resurfaced.get(entry) ?? 0) + 1);
    kept.push(finding);
  }
  const warnings: string[] = [];
  const unused: UnusedSuppression[] = [];
  for (const entry of ignore.entries) {
    const where = `${ignore.file}:${entry.line}`;
    const reason = entry.reason ? ` (${entry.reason})` : '';
    if (isExpired(entry, now)) {
      const count = resurfaced.get(entry) ?? 0;
      warnings.push(
        count > 0
          ? `${where}: ignore entry ${entry.fingerprint}${reason} expired on ${entry.expires}; ${count === 1 ? 'the finding it covered is' : `the ${count} findings it covered are`} reported again`
          : `${where}: ignore entry ${entry.fingerprint}${reason} expired on ${entry.expires} and matches nothing; remove it`,
      );
    } else if (!used.has(entry)) {
      unused.push({ source: 'ignore-file', file: ignore.file, line: entry.line, fingerprint: entry.fingerprint, ...(entry.reason ? { reason: entry.reason } : {}) });
    }
  }
  return { kept, ignored, unused, warnings };
}

/**
 * Matches findings to baseline entries by fingerprint, up to each entry's count. Findings at the
 * path an entry recorded are matched first; the rest may use any entry of their fingerprint
 * with count left, so a renamed or moved file stays suppressed while one more copy of a
 * baselined secret (beyond the recorded count) is reported.
 */
function applyBaseline(findings: readonly Finding[], baseline: Baseline) {
  const budgets = new Map<string, { entry: BaselineEntry; remaining: number }[]>();
  for (const entry of baseline.entries) {
    const list = budgets.get(entry.fingerprint);
    const budget = { entry, remaining: entry.count };
    if (list) list.push(budget);
    else budgets.set(entry.fingerprint, [budget]);
  }
  const suppressed = new Array<boolean>(findings.length).fill(false);
  // Pass 1: same fingerprint at the recorded path.
  findings.forEach((finding, index) => {
    const budget = budgets.get(finding.fingerprint)?.find((b) => b.remaining > 0 && b.entry.path === finding.file);
    if (budget) {
      budget.remaining -= 1;
      suppressed[index] = true;
    }
  });
  // Pass 2: same fingerprint anywhere, while the recorded count lasts (moved or renamed files).
  findings.forEach((finding, index) => {
    if (suppressed[index]) return;
    const budget = budgets.get(finding.fingerprint)?.find((b) => b.remaining > 0);
    if (budget) {
      budget.remaining -= 1;
      suppressed[index] = true;
    }
  });
  const kept = findings.filter((_, index) => !suppressed[index]);
  const unused: UnusedSuppression[] = [];
  for (const list of budgets.values()) {
    for (const { entry, remaining } of list) {
      if (remaining === 0) continue;
      unused.push({
        source: 'baseline',
        file: baseline.file ?? 'baseline',
        fingerprint: entry.fingerprint,
        ruleId: entry.ruleId,
        path: entry.path,
        unused: remaining,
        count: entry.count,
      });
    }
  }
  return { kept, baselined: findings.length - kept.length, unused };
}
