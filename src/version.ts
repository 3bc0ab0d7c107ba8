import { readFileSync } from 'node:fs';

/** The package's version, read once from package.json (same relative place from src/ and dist/). */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export const TOOL_NAME = 'leakgate';
/** Where reports point people for more about the tool (SARIF informationUri, GitLab analyzer url). */
export const TOOL_URL = 'https://www.npmjs.com/package/leakgate';
