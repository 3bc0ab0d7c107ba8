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
export interface AssignmentSpec {
    /** Regex fragment that must occur in the assignee name (case-insensitive), e.g. `asana`. */
    name: string;
    /** Regex fragment for the value, e.g. `[0-9]{16}`. No capturing groups. */
    value: string;
    /** Name characters allowed after the fragment (`asana_client_id`: `_client_id`). */
    nameSuffix?: number;
    /**
     * The fragment must be a word of the name (default true): `ETSY_KEY`, `myEtsyKey`, but not
     * `SetSysctl` or `sumOfExposures` (for `sumo`). The generic rule turns it off: `clientsecret`
     * is one lower-case word.
     */
    wordStart?: boolean;
}
/** Expands ASCII letters outside character classes to both cases: `asana` -> `[aA][sS]...`. */
export declare function caseless(fragment: string): string;
/** The regex source of an assignment rule. */
export declare function assignmentRegex(spec: AssignmentSpec): string;
