import { describe, expect, it } from 'vitest';
import { joinContinuations } from '../../src/engine/continuations.js';
import { Engine } from '../../src/engine/engine.js';
import { fingerprintOf } from '../../src/engine/fingerprint.js';
import { loadBuiltinRules } from '../../src/rules/load.js';
import { randomAlphanumeric, randomFrom } from '../helpers.js';

const engine = new Engine(loadBuiltinRules());
/** A generated value that reads as a secret (mixed case and digits, no words). */
const secretValue = () => `${randomFrom('ABCDEFGHJKMNPQRSTUVWXYZ', 2)}${randomFrom('23456789', 2)}${randomAlphanumeric(16)}`;

describe('joinContinuations', () => {
  it('is undefined when the text has no continuation', () => {
    expect(joinContinuations('a = 1\nb = 2\n')).toBeUndefined();
  });

  it('removes backslash-newline (LF and CRLF) and maps every offset back to the original', () => {
    const original = 'ab\\\ncd\\\r\nef';
    const joined = joinContinuations(original)!;
    expect(joined.text).toBe('abcdef');
    for (let i = 0; i < joined.text.length; i++) expect(original[joined.toOriginal(i)]).toBe(joined.text[i]);
  });

  it('holds only the continued lines, one logical line per line, and knows where the joins are', () => {
    const original = 'plain\nx = a\\\n  b\nplain again\ny = c\\\nd\\\ne\nlast\n';
    const joined = joinContinuations(original)!;
    expect(joined.text).toBe('x = a  b\ny = cde');
    for (let i = 0; i < joined.text.length; i++) {
      if (joined.text[i] !== '\n') expect(original[joined.toOriginal(i)]).toBe(joined.text[i]);
    }
    const b = joined.text.indexOf('  b');
    expect(joined.crossesJoin(0, b + 3)).toBe(true);
    expect(joined.crossesJoin(b, b + 3)).toBe(false);
    expect(joined.crossesJoin(0, b)).toBe(false);
  });

  it('keeps an escaped backslash at the end of a line (a Windows path), which continues nothing', () => {
    expect(joinContinuations('dir = C:\\tools\\\\\nnext = 1\n')).toBeUndefined();
  });
});

describe('secrets split by a line continuation', () => {
  it('finds a shell variable whose value is on the next line, at its place in the file', () => {
    const secret = secretValue();
    const text = `#!/bin/sh\nexport API_TOKEN=\\\n${secret}\n`;
    const [finding] = engine.scanText(text, { path: 'deploy.sh', redact: false });
    expect(finding).toMatchObject({ ruleId: 'generic-secret-assignment', line: 3, column: 1, secret });
  });

  it('reads a value split in the middle as one value, with the fingerprint of the whole', () => {
    const secret = secretValue();
    const text = `ENV SESSION_SECRET=${secret.slice(0, 10)}\\\n${secret.slice(10)}\n`;
    const [finding] = engine.scanText(text, { path: 'Dockerfile', redact: false });
    expect(finding).toMatchObject({ line: 1, column: 20, endLine: 2, secret });
    expect(finding!.fingerprint).toBe(fingerprintOf('generic-secret-assignment', secret));
    expect(engine.scanText(`ENV SESSION_SECRET=${secret}\n`, { path: 'Dockerfile' })[0]!.fingerprint).toBe(finding!.fingerprint);
  });

  it('keeps positions exact after continuations earlier in the file', () => {
    const secret = secretValue();
    const text = `RUN apt-get update && \\\n    apt-get install -y curl && \\\n    rm -rf /var/lib/apt/lists/*\nENV DB_PASSWORD=${secret}\n`;
    const [finding] = engine.scanText(text, { path: 'Dockerfile' });
    expect(finding).toMatchObject({ line: 4, column: 17 });
  });

  it('does not join an indented next line into an assignment (the shell reads an empty value there)', () => {
    const text = `export API_TOKEN=\\\n    ${'$'}(cat /run/secrets/token)\n`;
    expect(engine.scanText(text, { path: 'deploy.sh', minConfidence: 'low' })).toEqual([]);
  });
});

describe("Dockerfile's legacy ENV NAME value form", () => {
  it('is an assignment', () => {
    const secret = secretValue();
    const [finding] = engine.scanText(`FROM node:20\nENV DB_PASSWORD ${secret}\n`, { path: 'Dockerfile', redact: false });
    expect(finding).toMatchObject({ ruleId: 'generic-secret-assignment', line: 2, column: 17, secret });
  });

  it('keeps references, paths and non-secret names quiet', () => {
    const text = [
      'ENV DB_PASSWORD_FILE /run/secrets/db_password',
      'ENV API_TOKEN ${API_TOKEN}',
      'ENV TOKEN_URL https://auth.example.org/oauth/token',
      'env PASSWORD is not an instruction in prose',
    ].join('\n');
    expect(engine.scanText(text, { path: 'Dockerfile', minConfidence: 'low' })).toEqual([]);
  });
});

describe('Docker Compose variable references', () => {
  it('are references in every interpolation form, not hardcoded values', () => {
    const text = [
      'services:',
      '  api:',
      '    environment:',
      '      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?set the key}',
      '      DB_PASSWORD: "${DB_PASSWORD:?required}"',
      '      API_TOKEN: ${API_TOKEN-}',
      '      SESSION_SECRET: ${SESSION_SECRET:-}',
      '      - GH_TOKEN=${GH_TOKEN?missing token}',
      '    command: ["--password", "${ADMIN_PASSWORD:?}"]',
    ].join('\n');
    expect(engine.scanText(text, { path: 'docker-compose.yml', minConfidence: 'low' })).toEqual([]);
  });
});
