import { describe, expect, it } from 'vitest';
import { documentedExampleReason, falsePositiveReason, placeholderReason, templateReason } from '../../src/engine/filters.js';
import { isCodePath, namesSecret, scoreGenericSecret, splitIdentifier } from '../../src/engine/generic.js';

describe('false-positive filters', () => {
  it.each(['changeme', 'CHANGEME', 'xxxxxxxx', 'XXXXXXXXXXXXXXXXXXXX', '********', '<your-token>', '[REDACTED]', 'your_api_key_here', 'insert-your-token', 'dummy-secret-1', 'AKIAXXXXXXXXXXXXXXXX'])(
    'treats %s as a placeholder',
    (value) => expect(placeholderReason(value)).toBe('placeholder'),
  );

  it.each(['${DB_PASSWORD}', '${{ secrets.NPM_TOKEN }}', '{{ .Values.password }}', '$(cat /run/secret)', '$SECRET', '%API_KEY%', '#{secret}', '<%= ENV["X"] %>', 'process.env.TOKEN', 'os.environ["TOKEN"]', 'var.db_password', 'data.vault_generic_secret.x.data', 'secrets.GITHUB_TOKEN'])(
    'treats %s as a template reference',
    (value) => expect(templateReason(value)).toBe('template'),
  );

  it.each(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIA4SOMETHINGEXAMPLE'])('treats %s as a documented example', (value) =>
    expect(documentedExampleReason(value)).toBe('documented-example'),
  );

  it.each(['Xk9#mP2qW7', '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', 'hT6yG2vQ9rLmX3cN8bZ1wK5pD7sF0jA4eR+uI/oY'])('lets a real-looking secret %s through', (value) =>
    expect(falsePositiveReason(value)).toBeUndefined(),
  );
});

describe('generic secret scoring', () => {
  it('splits identifiers in any case style', () => {
    expect(splitIdentifier('stripeApiKey')).toEqual(['stripe', 'api', 'key']);
    expect(splitIdentifier('DB_PASSWORD')).toEqual(['db', 'password']);
    expect(splitIdentifier('client-secret')).toEqual(['client', 'secret']);
    expect(splitIdentifier('AWSSecretKey')).toEqual(['aws', 'secret', 'key']);
  });

  it.each(['password', 'DB_PASSWORD', 'db.password', 'stripeApiKey', 'client_secret', 'AUTH_TOKEN', 'private_key', 'signingKey', 'credentials'])('%s names a secret', (name) =>
    expect(namesSecret(name)).toBe(true),
  );

  it.each(['password_reset_url', 'tokenType', 'public_key', 'keyboard', 'monkey', 'secret_name', 'api_key_id', 'passwordMinLength', 'key', 'token_endpoint'])('%s does not name a secret', (name) =>
    expect(namesSecret(name)).toBe(false),
  );

  it('finds a short random password and a long random token', () => {
    expect(scoreGenericSecret({ name: 'password', value: 'Xk9#mP2q', quoted: true, path: 'a.py' })).toBe('medium');
    expect(scoreGenericSecret({ name: 'api_key', value: 'q8Zt2Lw9Xv4Rm7Pn3Kc6Hb1Jd5Fg0Sa', quoted: true, path: 'a.js' })).toBe('high');
  });

  it('ignores words, identifiers and code references', () => {
    expect(scoreGenericSecret({ name: 'password', value: 'mysecretpassword', quoted: true })).toBeUndefined();
    expect(scoreGenericSecret({ name: 'token', value: 'refresh-token-value', quoted: true })).toBeUndefined();
    expect(scoreGenericSecret({ name: 'password', value: 'config.db.password', quoted: false, path: 'app.env' })).toBeUndefined();
    expect(scoreGenericSecret({ name: 'password', value: 'getPassword()', quoted: false, path: 'x.conf' })).toBeUndefined();
    expect(scoreGenericSecret({ name: 'password', value: 'Xk9mP2qW7z', quoted: false, path: 'src/app.js' })).toBeUndefined();
  });

  it('accepts unquoted values in config files', () => {
    expect(scoreGenericSecret({ name: 'DB_PASSWORD', value: 'Xk9mP2qW7z!', quoted: false, path: '.env' })).toBe('medium');
  });

  it('knows code files by extension', () => {
    expect(isCodePath('src/a.ts')).toBe(true);
    expect(isCodePath('config/.env')).toBe(false);
    expect(isCodePath('Dockerfile')).toBe(false);
  });
});
