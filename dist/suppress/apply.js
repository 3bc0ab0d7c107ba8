import { isExpired } from './ignore-file.js';
export function applySuppressions(findings, options = {}) {
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
export function suppressResult(result, options = {}) {
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
function applyIgnoreFile(findings, ignore, now) {
    const byFingerprint = new Map();
    for (const entry of ignore.entries) {
        const list = byFingerprint.get(entry.fingerprint);
        if (list)
            list.push(entry);
        else
            byFingerprint.set(entry.fingerprint, [entry]);
    }
    const used = new Set();
    const resurfaced = new Map();
    const kept = [];
    let ignored = 0;
    for (const finding of findings) {
        const entries = byFingerprint.get(finding.fingerprint);
        const active = entries?.find((entry) => !isExpired(entry, now));
        if (active) {
            used.add(active);
            ignored += 1;
            continue;
        }
        for (const entry of entries ?? [])
            resurfaced.set(entry, (resurfaced.get(entry) ?? 0) + 1);
        kept.push(finding);
    }
    const warnings = [];
    const unused = [];
    for (const entry of ignore.entries) {
        const where = `${ignore.file}:${entry.line}`;
        const reason = entry.reason ? ` (${entry.reason})` : '';
        if (isExpired(entry, now)) {
            const count = resurfaced.get(entry) ?? 0;
            warnings.push(count > 0
                ? `${where}: ignore entry ${entry.fingerprint}${reason} expired on ${entry.expires}; ${count === 1 ? 'the finding it covered is' : `the ${count} findings it covered are`} reported again`
                : `${where}: ignore entry ${entry.fingerprint}${reason} expired on ${entry.expires} and matches nothing; remove it`);
        }
        else if (!used.has(entry)) {
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
function applyBaseline(findings, baseline) {
    const budgets = new Map();
    for (const entry of baseline.entries) {
        const list = budgets.get(entry.fingerprint);
        const budget = { entry, remaining: entry.count };
        if (list)
            list.push(budget);
        else
            budgets.set(entry.fingerprint, [budget]);
    }
    const suppressed = new Array(findings.length).fill(false);
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
        if (suppressed[index])
            return;
        const budget = budgets.get(finding.fingerprint)?.find((b) => b.remaining > 0);
        if (budget) {
            budget.remaining -= 1;
            suppressed[index] = true;
        }
    });
    const kept = findings.filter((_, index) => !suppressed[index]);
    const unused = [];
    for (const list of budgets.values()) {
        for (const { entry, remaining } of list) {
            if (remaining === 0)
                continue;
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
