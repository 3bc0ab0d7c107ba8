import { Option } from 'commander';
import { loadBuiltinRules } from '../../rules/load.js';
/** What `leakgate rules` tells about a rule: enough to pick ids for `disabledRules` or a custom rule. */
export function ruleSummary(rule) {
    return { id: rule.id, severity: rule.severity, confidence: rule.confidence, tags: rule.tags, description: rule.description };
}
export function registerRules(program, ctx) {
    program
        .command('rules')
        .description('list the built-in rules: id, severity, tags and description')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
        .action((flags) => {
        const rules = loadBuiltinRules().map(ruleSummary);
        if (flags.format === 'json') {
            ctx.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
        }
        else {
            const idWidth = Math.max(...rules.map((rule) => rule.id.length));
            const severityWidth = Math.max(...rules.map((rule) => rule.severity.length));
            for (const rule of rules) {
                const tags = rule.tags.length ? ` [${rule.tags.join(', ')}]` : '';
                ctx.stdout.write(`${rule.id.padEnd(idWidth)}  ${rule.severity.padEnd(severityWidth)}  ${rule.description}${tags}\n`);
            }
            ctx.stdout.write(`${rules.length} built-in rules (leakgate rules --format json for the full list as data)\n`);
        }
        ctx.exitCode = 0;
    });
}
