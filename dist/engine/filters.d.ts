/**
 * False-positive filters every rule's captured secret goes through, and the one place that
 * decides what their verdict means: dropped (never reported) or demoted (reported at `low`).
 *
 * Dropped, whatever the rule: values that are certainly not secrets.
 * - `documented-example`: keys and tokens that vendors and RFCs publish in their docs;
 * - `template`: a reference to a value kept elsewhere (`${VAR}`, `{{ x }}`, `process.env.X`);
 * - `placeholder`: the whole value stands for "put the real secret here": a stand-in word
 *   (`changeme`), a wrapper around a name (`<your-token>`, `[REDACTED]`), a phrase
 *   (`your_api_key_here`, `REPLACE_WITH_TOKEN`), or nothing but a mask (`xxxxxxxx`, `****`).
 *
 * - `mask`: a value whose body is typed over with the conventional mask characters (x, X, *, •,
 *   #, dots, dashes, underscores) after any prefix: `AKIAXXXXXXXXXXXXXXXX`, `AP6xxxxxxxxxx`,
 *   `ghp_xxxxxxxxxxxxxxxxxxxx`. People type these to hide a value or to leave it to be filled;
 *   no generated token looks like that, so a provider format does not make it a secret.
 *
 * Hand-made values, judged by the evidence around them (`Evidence`):
 * - `repeat`: runs of one other character in a value that has more to it
 *   (`AKIAZZZZZZZZZZZZZZZZ`, `sk_live_0000...`, `tskey-api-AAAA...`): a fixture, most likely;
 * - `marker`: a value that calls itself a sample (`...EXAMPLE`, `abc12fake`, `dummy`, `mock`);
 * - `pattern`: built by hand rather than generated (`abcd1234abcd1234`, `12345678-ABCD-ABCD-...`,
 *   a keyboard row, an alphabet run).
 * In a provider's exact format or in a slot that holds a credential by construction (the
 * password of a URL, a Kubernetes Secret's data) these are reported at `low` (a fixture, most
 * likely, but the shape is the real one: visible with `--min-confidence low`). A value that is
 * only bound to a secret-looking name is dropped when masked or marked as a sample, and reported
 * at `low` when hand-made (`password: abcd1234` is a weak password, not a placeholder). A
 * stand-in word captured by a provider's format or a slot is a password there too
 * (`user:pass@host`, `admin:changeme@host`): `low`, unless it names the field
 * (`user:password@host` writes the syntax); bound only to a name, it is dropped
 * (`password = "changeme"`).
 */
export type FilterReason = 'placeholder' | 'template' | 'documented-example' | 'mask' | 'repeat' | 'marker' | 'pattern';
/**
 * What vouches for a captured value besides its own look:
 * - `format`: a provider's exact format (a prefix, a length, a charset): `detector: pattern`;
 * - `slot`: a place that holds a credential by construction: `detector: value`;
 * - `name`: a secret-looking name it is assigned to: `detector: generic`;
 * - `password`: a name that says a person chose the value (`password`, `passwd`, `pwd`,
 *   `passphrase`): a `generic` assignment where a weak or default password (`guest`, `root`,
 *   `changeit`, `letmein`) is still a password, reported at `low`.
 */
export type Evidence = 'format' | 'slot' | 'name' | 'password';
export interface FilterVerdict {
    reason: FilterReason;
    /** `drop`: never reported; `demote`: reported at `low`. */
    action: 'drop' | 'demote';
}
/**
 * The whole value is a stand-in: a placeholder word, a wrapper around a name, a phrase asking for
 * the real value, or nothing but a mask.
 */
export declare function placeholderReason(secret: string): FilterReason | undefined;
/** A stand-in word on its own (`password`, `changeme`, `pass`): in a credential slot, still a password. */
export declare function isPlaceholderWord(secret: string): boolean;
/**
 * `AKIAXXXXXXXXXXXXXXXX`, `AP6xxxxxxxxxx` (`mask`); `sk_live_000000000000`,
 * `AKIAZZZZZZZZZZZZZZZZ` (`repeat`): the value after any prefix is dominated by runs of one
 * character. Mask characters count from four in a row; any other character from six (random
 * base64 has a run of six once in ~10^8).
 */
export declare function maskReason(secret: string): FilterReason | undefined;
/** The value calls itself a sample (`...EXAMPLE`, `fake`, `dummy`, `test_key`). */
export declare function markerReason(secret: string): FilterReason | undefined;
/**
 * Hand-made values: mostly ascending or descending runs (`abcdefgh`, `12345678`, `abcd1234`,
 * `zyxw`) or a short unit repeated (`abcd1234abcd1234`, `NjY2NjY2NjY2`). Generated secrets have
 * neither: a random alphanumeric string has a 4-long run about once in 500 characters.
 */
export declare function patternReason(secret: string): FilterReason | undefined;
export declare function templateReason(secret: string): FilterReason | undefined;
export declare function documentedExampleReason(secret: string): FilterReason | undefined;
/** A hand-made value's reason: masked, marked as a sample, or built by hand. */
export declare function handMadeReason(secret: string): FilterReason | undefined;
/**
 * The verdict of every filter on a captured value, given what vouches for it; undefined when no
 * filter speaks. The one place where drop and demote are decided (see the top of this file).
 */
export declare function filterVerdict(secret: string, evidence: Evidence): FilterVerdict | undefined;
