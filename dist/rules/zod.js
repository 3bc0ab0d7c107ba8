import { config, describe, minLength, string } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
/**
 * The schemas' zod: the tree-shakable `zod/mini` with English messages (classic zod's
 * default). Classic zod costs every run ~50 ms of start-up (750 KiB loaded and evaluated even
 * when no config file is read); mini with one locale is a few dozen KiB. Import it as a
 * namespace (`import * as z`) and use it only by property, so the bundler can leave out the rest.
 */
config(en());
export * from 'zod/mini';
/** A non-empty string. */
export const nonEmpty = () => string().check(minLength(1));
/** Classic zod's `.describe()`: the text editors show from the JSON Schema. */
export const described = (schema, text) => schema.check(describe(text));
