/**
 * The one assignment grammar: how a value is bound to a name across the languages and config
 * formats leakgate scans. Rules that say `assignment: {name, value}` instead of `regex` (the
 * generic rule and the provider rules whose format is only recognisable next to the provider's
 * name, such as a 16-digit Asana client id) are compiled from it, so every such rule understands
 * the same syntaxes:
 *
 *   name = "v"   name := "v"   name ::= "v"   name :::= "v"   name ?= "v"   $name .= "v"
 *   name: v      "name": "v"   'name' => 'v'  config["name"] = "v"   name == "v"   name "v"
 *   char name[] = "v"   char name[32] = "v"   --name v   --name=v (command-line options)
 *   ENV name v (Dockerfile)
 *   var name string = "v"      String name = "v";      name: string = "v"
 *   setProperty("name", "v")   setName("v")   .name("v")   <add key="name" value="v"/>   <name>v</name> (value on the next line too)
 *   "v" == name   "v" !== name   (a literal compared with a secret-named variable)
 *
 * The compiled regex starts at the name keyword (the prefilter's hit), captures the name as
 * `name` and the value as `secret`; the reversed comparison captures `name2` and `secret2`.
 * The name fragment is matched case-insensitively, the value case-sensitively.
 */
/** Before the name: not inside a word, unless at a camel-case hump (myEtsyKey). */
const WORD_START = String.raw `(?:(?<![A-Za-z])|(?<=[a-z0-9])(?=[A-Z]))`;
/** After the name: not followed by more of a lower-case word (sumo in sumOfExposures). */
const WORD_END = String.raw `(?![a-z])`;
/** What may follow a value: a closing quote, whitespace, a separator, a closing tag, or a `\n` escape. */
const VALUE_END = String.raw `(?=["'\x60\s;,)&|}\]]|<\/|\\[nrt]|$)`;
/**
 * Between the name and the value. Alternatives that look behind (a long, variable-length look
 * back) first look ahead at the one character they need, so the common case fails at once: the
 * regex runs at every position a lazy name suffix allows, on every line with a secret word.
 */
const SEPARATOR = [
    // Operators, after an optional closing quote or bracket: "name": v, config['name'] = v, name := v,
    // and C array declarators: char name[] = "v", char name[32] = "v".
    String.raw `(?:\[\d{0,6}\])?["'\x60]?\]?[ \t]*(?:={1,3}|!==?|:{1,3}=|[?.+]=|\|\|=|=>|:(?![:/\\]))`,
    // A command-line option and its argument: --password v, --api-key v, PowerShell's -Password v
    // (--name=v is an operator).
    String.raw `(?=[ \t]+[^\s|&;<>-])(?<=(?:^|[\s"'])--?[\w-]{1,80})[ \t]+`,
    // Dockerfile's legacy form, ENV NAME value (ENV NAME=value is an operator).
    String.raw `(?=[ \t]+[^\s=])(?<=(?:^|\n)[ \t]*ENV[ \t]+[\w.-]{1,120})[ \t]+`,
    // Go and TypeScript declarations: var name string = v, name: string = v.
    String.raw `(?:[ \t]*:[ \t]*|[ \t]+)(?:string|String|str)[ \t]*=`,
    // A quoted name then its value as the next argument: setProperty("name", "v").
    String.raw `["'\x60][ \t]*,`,
    // A setter or builder call with a literal, possibly decoded first: setPassword("v"),
    // .password("v"), withApiKey('v'), setCipherKey(Base64.decode("v")).
    // The parenthesis follows the name directly: `the password ('x' is ...)` is prose.
    String.raw `\((?:[ \t]*[\w.]{1,40}\()?(?=[ \t]*[@bBrRuU]?["'\x60])`,
    // XML key/value attributes: <add key="name" value="v"/>.
    String.raw `["'][ \t]+(?:value|content)[ \t]*=`,
    // An XML element whose text is the value, possibly on the next line: <name>v</name>.
    // The element must close after the value, so prose such as `<user>:<password>@<host>` is not one.
    String.raw `(?=>)(?<=<[\w:.-]{1,80})>\s{0,40}(?=[^<\s][^<\n]{0,300}?\s{0,40}<\/)`,
    // Juxtaposition with a quoted value: password "v";
    String.raw `[ \t]+(?=["'])`,
].join('|');
/**
 * A list of literals under a secret name opens with its bracket: `API_KEYS = ["v", ...]`, Go's
 * `Tokens: []string{"v"}`, Java's `new String[]{"v"}`. The first element is the value read; an
 * element must be followed by a comma or the closing bracket, so a map (`{"user": "v"}`) is not a
 * list, and must be one token: a list of lines or assignments (`["KEY=v"]`) is read line by line.
 */
const LIST_OPEN = String.raw `(?:(?:new[ \t]+[\w.]*)?(?:\[\][\w.]*)?[\[{][ \t]*(?=(?:"[^"\s=]*"|'[^'\s=]*')[ \t]*[,\]}]))?`;
/**
 * String-literal prefixes before the opening quote: C# @"v", Python b"v"/r"v", ObjC @"v"; and a
 * constructor that wraps the literal alone: Scala Some("v"), SecretStr("v"), new String("v")
 * (`AccessToken("key", "secret")` takes two arguments of its own).
 */
const OPEN = String.raw `[ \t]*(?:(?:new[ \t]+)?[A-Z][A-Za-z]{1,24}\((?=(?:"[^"\n]*"|'[^'\n]*')\)))?${LIST_OPEN}(?:[@bBrRuUf](?=["']))?["'\x60]?`;
/** Expands ASCII letters outside character classes to both cases: `asana` -> `[aA][sS]...`. */
export function caseless(fragment) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < fragment.length; i++) {
        const ch = fragment[i];
        if (ch === '\\') {
            out += ch + (fragment[i + 1] ?? '');
            i++;
            continue;
        }
        if (inClass) {
            if (ch === ']')
                inClass = false;
            // A range of letters covers both cases as two ranges: `a-z` is `a-zA-Z`, not `aA-zZ`
            // (which would run from `A` to `z` through `[\]^_` and the backtick).
            const end = fragment[i + 2];
            if (/[a-z]/i.test(ch) && fragment[i + 1] === '-' && end !== undefined && /[a-z]/i.test(end)) {
                out += `${ch.toLowerCase()}-${end.toLowerCase()}${ch.toUpperCase()}-${end.toUpperCase()}`;
                i += 2;
                continue;
            }
            out += /[a-z]/i.test(ch) ? ch.toLowerCase() + ch.toUpperCase() : ch;
            continue;
        }
        if (ch === '[') {
            inClass = true;
            out += ch;
            continue;
        }
        if (ch === '(' && fragment[i + 1] === '?') {
            // (?:  (?=  (?!  (?<name>  (?<=  (?<!  : copy the group opener verbatim.
            const match = /^\(\?(?:<[A-Za-z]\w*>|<=|<!|[:=!])/.exec(fragment.slice(i));
            if (match) {
                out += match[0];
                i += match[0].length - 1;
                continue;
            }
        }
        out += /[a-zA-Z]/.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch;
    }
    return out;
}
/** The regex source of an assignment rule. */
export function assignmentRegex(spec) {
    const name = caseless(spec.name);
    const suffix = `[\\w.-]{0,${spec.nameSuffix ?? 40}}?`;
    const start = spec.wordStart === false ? '' : WORD_START;
    const end = spec.wordStart === false ? '' : WORD_END;
    const forward = `${start}(?<name>${name})${end}${suffix}(?:${SEPARATOR})${OPEN}(?<secret>${spec.value})${VALUE_END}`;
    const reversed = `["'\x60](?<secret2>${spec.value})["'\x60][ \\t]*(?:={2,3}|!==?)[ \\t]*[\\w.$>-]{0,40}?${start}(?<name2>${name})${end}`;
    return `${forward}|${reversed}`;
}
