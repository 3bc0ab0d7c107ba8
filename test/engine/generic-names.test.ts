import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { loadBuiltinRules } from '../../src/rules/load.js';
import { randomAlphanumeric, randomFrom } from '../helpers.js';

const engine = new Engine(loadBuiltinRules(), { ranker: false });
const generated = () => `${randomFrom('ABCDEFGHJKMNPQRSTUVWXYZ', 2)}${randomFrom('23456789', 2)}${randomFrom('!#%*+', 1)}${randomAlphanumeric(9)}`;
const scan = (line: string, path = 'src/settings.py') => engine.scanText(`${line}\n`, { path, minConfidence: 'low', redact: false });

describe('passwords named for where they are in their life', () => {
  it.each(['new_password', 'oldPassword', 'DEFAULT_PASSWORD', 'test_password', 'currentpassword'])('%s = "<value>" is a password, vouched for at low by the name', (name) => {
    const value = generated();
    const [finding] = scan(`${name} = "${value}"`);
    expect(finding).toMatchObject({ ruleId: 'generic-secret-assignment', secret: value, confidence: 'low' });
  });

  it('a plain password name still vouches for more', () => {
    const value = generated();
    expect(scan(`db_password = "${value}"`)[0]?.confidence).not.toBe('low');
  });

  it.each(['reset_password', 'forgot_password', 'fake_password', 'csrf_token', 'new_token', 'old_api_key'])('%s stays quiet: a flow, a stand-in or a non-credential', (name) => {
    expect(scan(`${name} = "${generated()}"`)).toEqual([]);
  });

  it('a lifecycle-named field holding a field name is not a password', () => {
    expect(scan('new_password = "new_password"')).toEqual([]);
    expect(scan('<input name="new_password" type="password">', 'login.html')).toEqual([]);
  });
});

describe('keys named for what they protect', () => {
  const hex = () => randomFrom('0123456789ABCDEF', 48);
  it.each([
    ['<machineKey validationKey="{v}" decryption="AES" />', 'Web.config'],
    ['<machineKey decryptionKey="{v}" validation="SHA1" />', 'Web.config'],
    ["'cookieValidationKey' => '{v}',", 'config/web.php'],
    ['private final String appKey = "{v}";', 'src/Client.java'],
    ['APP_KEY: "{v}"', 'docker-compose.yml'],
    ['SESSION_KEY={v}', '.env'],
  ])('%s', (template, path) => {
    const value = hex();
    expect(scan(template.replace('{v}', value), path)).toMatchObject([{ ruleId: 'generic-secret-assignment', secret: value }]);
  });

  it.each([
    ['<add key="AppKeyName" value="Default" />', 'Web.config'],
    ['validationKey="AutoGenerate,IsolateApps"', 'Web.config'],
    ['APP_KEY: "${APP_KEY}"', 'docker-compose.yml'],
    ['app_key_file = "/run/secrets/app_key"', 'settings.py'],
    ['session_key = request.session.session_key', 'views.py'],
  ])('%s stays quiet', (line, path) => {
    expect(scan(line, path)).toEqual([]);
  });
});

describe('a password named for its hash', () => {
  it.each(['GRAYLOG_SHA256_PASSWORD', 'admin_md5_password', 'bcrypt_password'])('%s holds a digest, not a password', (name) => {
    expect(scan(`${name}=${randomFrom('0123456789abcdef', 64)}`, '.env')).toEqual([]);
  });
});

describe('a hash sign and one word', () => {
  it.each([["Token.String: '#ansiyellow',", 'shell.py'], ['elif token == "#bygroup":', 'lexer.py'], ['secret_color: "#crimson"', 'theme.yml']])('%s is a colour, an anchor or a directive', (line, path) => {
    expect(scan(line, path)).toEqual([]);
  });
});

describe('lower-case compounds that end in secret', () => {
  it.each(['appsecret', 'jwtsecret', 'cookiesecret'])('%s names a secret', (name) => {
    const value = randomFrom('abcdefghijklmnopqrstuvwxyz0123456789', 32);
    expect(scan(`${name} = '${value}'`)).toMatchObject([{ secret: value }]);
  });
  it.each(['nosecret', 'issecret', 'hassecret'])('%s names a flag', (name) => {
    expect(scan(`${name} = '${randomFrom('abcdefghijklmnopqrstuvwxyz0123456789', 32)}'`)).toEqual([]);
  });
});
