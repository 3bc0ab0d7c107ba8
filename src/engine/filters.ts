/**
 * False-positive filters every rule's captured secret goes through. Each returns a reason, so
 * tests (and `--explain` style debugging) can tell which filter spoke.
 */

export type FilterReason = 'placeholder' | 'template' | 'documented-example';

/** Whole values that stand for "put the real secret here". */
const PLACEHOLDER_WORDS = new Set([
  'changeme', 'change_me', 'change-me', 'changeit', 'change_it', 'changethis', 'change_this', 'replaceme', 'replace_me',
  'password', 'passwd', 'secret', 'token', 'apikey', 'api_key', 'api-key', 'key', 'example', 'sample', 'dummy', 'placeholder',
  'redacted', 'removed', 'hidden', 'masked', 'notset', 'not_set', 'unset', 'none', 'null', 'nil', 'undefined', 'empty',
  'true', 'false', 'yes', 'no', 'todo', 'tbd', 'fixme', 'foo', 'bar', 'baz', 'foobar', 'test', 'testing', 'default',
  'secret123', 'password123', 'password1', 'pass123', 'admin', 'root', 'guest', 'user', 'username', 'pass', 'pwd',
  'mypassword', 'mysecret', 'mytoken', 'yourpassword', 'yoursecret', 'yourtoken', 'xxx', 'abc123', 'qwerty', 'letmein',
  'fake', 'invalid', 'mock', 'stub', 'string', 'value', 'required', 'optional', 'omitted', 'n/a', 'na', 'insert',
]);

/** Fragments that mark a value as a stand-in wherever they appear in it. */
const PLACEHOLDER_FRAGMENT =
  /(?:your|my|insert|enter|replace|put|add)[_ -]?(?:own[_ -]?)?(?:real[_ -]?)?(?:api[_ -]?)?(?:key|token|secret|password|pass|pwd|credential|value)|(?:key|token|secret|password)[_ -]?here|changeme|change[_-]me|placeholder|redacted|dummy|example[_-]?(?:key|token|secret|password)|(?:fake|test|sample|mock)[_-](?:key|token|secret|password)/i;

/** `<your-token>`, `[REDACTED]`, `{{ secret }}`-like wrappers around the whole value. */
const WRAPPED = /^(?:<[^<>]*>|\[[^[\]]*\]|\{[^{}]*\}|\([^()]*\))$/;

/** References to a value kept elsewhere: interpolation, environment, config lookups. */
const TEMPLATE_REFERENCE = [
  /\$\{[^}]*\}?/, // ${VAR}, ${{ secrets.X }}, ${var.x}
  /\{\{[^}]*\}?\}?/, // {{ .Values.x }}, {{ secret }}
  /\$\([^)]*\)?/, // $(command), $(VAR)
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $VAR
  /^%[A-Za-z_][A-Za-z0-9_]*%$/, // %VAR%
  /#\{[^}]*\}?/, // #{ruby}
  /<%=?[^%]*%?>?/, // <%= erb %>
  /\bprocess\.env\b/,
  /\bimport\.meta\.env\b/,
  /\bos\.(?:environ|getenv)\b/,
  /\bENV\s*\[/,
  /\bSystem\.getenv\b/,
  /\bEnvironment\.GetEnvironmentVariable\b/,
  /^(?:var|local|data|module|ephemeral)\.[A-Za-z_][\w.-]*$/, // Terraform references
  /^secrets\.[A-Za-z_]\w*$/, // GitHub Actions secrets.X
];

/**
 * Keys and tokens published in vendors' documentation; matching them in code means copied
 * docs, not a leak (AWS's own IAM examples, Stripe's docs key, ...).
 */
const DOCUMENTED_EXAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  'ASIAIOSFODNN7EXAMPLE',
  'AKIAI44QH8DHBEXAMPLE',
]);

const EXAMPLE_SUFFIX = /EXAMPLE(?:KEY)?$/;

export function placeholderReason(secret: string): FilterReason | undefined {
  const lower = secret.toLowerCase();
  if (PLACEHOLDER_WORDS.has(lower)) return 'placeholder';
  if (WRAPPED.test(secret)) return 'placeholder';
  if (PLACEHOLDER_FRAGMENT.test(secret)) return 'placeholder';
  if (isMostlyMaskCharacters(secret)) return 'placeholder';
  return undefined;
}

/**
 * `xxxxxxxx`, `********`, `AKIAXXXXXXXXXXXXXXXX`, `sk_live_000000000000`: the value after any
 * prefix is dominated by a run of one mask character.
 */
function isMostlyMaskCharacters(secret: string): boolean {
  const run = /([xX*•.#0_-])\1{3,}/g;
  let longest = 0;
  let covered = 0;
  for (const match of secret.matchAll(run)) {
    longest = Math.max(longest, match[0].length);
    covered += match[0].length;
  }
  if (longest === 0) return false;
  return covered / secret.length >= 0.5 || longest >= 8;
}

export function templateReason(secret: string): FilterReason | undefined {
  for (const pattern of TEMPLATE_REFERENCE) if (pattern.test(secret)) return 'template';
  return undefined;
}

export function documentedExampleReason(secret: string): FilterReason | undefined {
  if (DOCUMENTED_EXAMPLES.has(secret) || EXAMPLE_SUFFIX.test(secret)) return 'documented-example';
  return undefined;
}

/** The filters every rule's secret goes through, in order of cost. */
export function falsePositiveReason(secret: string): FilterReason | undefined {
  return documentedExampleReason(secret) ?? templateReason(secret) ?? placeholderReason(secret);
}
