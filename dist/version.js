import { readFileSync } from 'node:fs';
/**
 * The package's version, read once from package.json: one folder up from src/ and dist/, two
 * from the bundled CLI in dist/bundle/.
 */
function readVersion() {
    for (const candidate of ['../package.json', '../../package.json']) {
        try {
            const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8'));
            if (pkg.name === 'leakgate' && pkg.version)
                return pkg.version;
        }
        catch {
            // not this one
        }
    }
    throw new Error("leakgate's package.json was not found next to its code");
}
export const VERSION = readVersion();
export const TOOL_NAME = 'leakgate';
/** Where reports point people for more about the tool (SARIF informationUri, GitLab analyzer url). */
export const TOOL_URL = 'https://www.npmjs.com/package/leakgate';
