import * as z from './zod.js';
/**
 * The one schema for rules: the built-in pack under `rules/` and users' custom rules in
 * config are both validated by `RuleSchema`. Regexes are JavaScript syntax.
 */
declare const ExampleSchema: z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
    text: z.ZodMiniString<string>;
    secret: z.ZodMiniOptional<z.ZodMiniString<string>>;
    path: z.ZodMiniOptional<z.ZodMiniString<string>>;
    confidence: z.ZodMiniOptional<z.ZodMiniEnum<{
        high: "high";
        medium: "medium";
        low: "low";
    }>>;
}, z.core.$strict>]>;
export type RuleExample = z.infer<typeof ExampleSchema>;
export declare const RuleSchema: z.ZodMiniPipe<z.ZodMiniObject<{
    id: z.ZodMiniString<string>;
    description: z.ZodMiniString<string>;
    regex: z.ZodMiniOptional<z.ZodMiniString<string>>;
    exact: z.ZodMiniOptional<z.ZodMiniString<string>>;
    assignment: z.ZodMiniOptional<z.ZodMiniObject<{
        name: z.ZodMiniString<string>;
        value: z.ZodMiniString<string>;
        nameSuffix: z.ZodMiniOptional<z.ZodMiniInt>;
        wordStart: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    }, z.core.$strict>>;
    requires: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
    priority: z.ZodMiniDefault<z.ZodMiniInt>;
    flags: z.ZodMiniOptional<z.ZodMiniString<string>>;
    keywords: z.ZodMiniArray<z.ZodMiniString<string>>;
    exactKeywords: z.ZodMiniDefault<z.ZodMiniBoolean<boolean>>;
    window: z.ZodMiniOptional<z.ZodMiniObject<{
        before: z.ZodMiniDefault<z.ZodMiniInt>;
        after: z.ZodMiniDefault<z.ZodMiniInt>;
    }, z.core.$strict>>;
    entropy: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    validate: z.ZodMiniOptional<z.ZodMiniEnum<{
        base64: "base64";
        jwt: "jwt";
        "crc32-base62": "crc32-base62";
        "crc32-gitlab": "crc32-gitlab";
        "crc32-grafana": "crc32-grafana";
        bech32: "bech32";
        "pem-der": "pem-der";
        "base64-credential": "base64-credential";
        "basic-auth": "basic-auth";
        "ntlm-authenticate": "ntlm-authenticate";
        "base64-private-key": "base64-private-key";
        "nkey-seed": "nkey-seed";
        "aws-sts-token": "aws-sts-token";
    }>>;
    detector: z.ZodMiniDefault<z.ZodMiniEnum<{
        pattern: "pattern";
        value: "value";
        generic: "generic";
    }>>;
    weakValues: z.ZodMiniDefault<z.ZodMiniEnum<{
        high: "high";
        medium: "medium";
        low: "low";
    }>>;
    allow: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
    stopwords: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
    paths: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    severity: z.ZodMiniDefault<z.ZodMiniEnum<{
        critical: "critical";
        high: "high";
        medium: "medium";
        low: "low";
        info: "info";
    }>>;
    confidence: z.ZodMiniDefault<z.ZodMiniEnum<{
        high: "high";
        medium: "medium";
        low: "low";
    }>>;
    tags: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
    examples: z.ZodMiniDefault<z.ZodMiniObject<{
        secret: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            text: z.ZodMiniString<string>;
            secret: z.ZodMiniOptional<z.ZodMiniString<string>>;
            path: z.ZodMiniOptional<z.ZodMiniString<string>>;
            confidence: z.ZodMiniOptional<z.ZodMiniEnum<{
                high: "high";
                medium: "medium";
                low: "low";
            }>>;
        }, z.core.$strict>]>>>;
        clean: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
            text: z.ZodMiniString<string>;
            secret: z.ZodMiniOptional<z.ZodMiniString<string>>;
            path: z.ZodMiniOptional<z.ZodMiniString<string>>;
            confidence: z.ZodMiniOptional<z.ZodMiniEnum<{
                high: "high";
                medium: "medium";
                low: "low";
            }>>;
        }, z.core.$strict>]>>>;
    }, z.core.$strict>>;
}, z.core.$strict>, z.ZodMiniTransform<{
    regex: string;
    window: {
        before: number;
        after: number;
    } | undefined;
    id: string;
    description: string;
    requires: string[];
    priority: number;
    keywords: string[];
    exactKeywords: boolean;
    detector: "pattern" | "value" | "generic";
    weakValues: "high" | "medium" | "low";
    allow: string[];
    stopwords: string[];
    severity: "critical" | "high" | "medium" | "low" | "info";
    confidence: "high" | "medium" | "low";
    tags: string[];
    examples: {
        secret: (string | {
            text: string;
            secret?: string | undefined;
            path?: string | undefined;
            confidence?: "high" | "medium" | "low" | undefined;
        })[];
        clean: (string | {
            text: string;
            secret?: string | undefined;
            path?: string | undefined;
            confidence?: "high" | "medium" | "low" | undefined;
        })[];
    };
    exact?: string | undefined;
    assignment?: {
        name: string;
        value: string;
        nameSuffix?: number | undefined;
        wordStart?: boolean | undefined;
    } | undefined;
    flags?: string | undefined;
    entropy?: number | undefined;
    validate?: "base64" | "jwt" | "crc32-base62" | "crc32-gitlab" | "crc32-grafana" | "bech32" | "pem-der" | "base64-credential" | "basic-auth" | "ntlm-authenticate" | "base64-private-key" | "nkey-seed" | "aws-sts-token" | undefined;
    paths?: string[] | undefined;
}, {
    id: string;
    description: string;
    requires: string[];
    priority: number;
    keywords: string[];
    exactKeywords: boolean;
    detector: "pattern" | "value" | "generic";
    weakValues: "high" | "medium" | "low";
    allow: string[];
    stopwords: string[];
    severity: "critical" | "high" | "medium" | "low" | "info";
    confidence: "high" | "medium" | "low";
    tags: string[];
    examples: {
        secret: (string | {
            text: string;
            secret?: string | undefined;
            path?: string | undefined;
            confidence?: "high" | "medium" | "low" | undefined;
        })[];
        clean: (string | {
            text: string;
            secret?: string | undefined;
            path?: string | undefined;
            confidence?: "high" | "medium" | "low" | undefined;
        })[];
    };
    regex?: string | undefined;
    exact?: string | undefined;
    assignment?: {
        name: string;
        value: string;
        nameSuffix?: number | undefined;
        wordStart?: boolean | undefined;
    } | undefined;
    flags?: string | undefined;
    window?: {
        before: number;
        after: number;
    } | undefined;
    entropy?: number | undefined;
    validate?: "base64" | "jwt" | "crc32-base62" | "crc32-gitlab" | "crc32-grafana" | "bech32" | "pem-der" | "base64-credential" | "basic-auth" | "ntlm-authenticate" | "base64-private-key" | "nkey-seed" | "aws-sts-token" | undefined;
    paths?: string[] | undefined;
}>>;
/** A rule as written (defaults not yet applied). */
export type RuleInput = z.input<typeof RuleSchema>;
/** A validated rule with defaults applied. */
export type Rule = z.output<typeof RuleSchema>;
/** A rule file under `rules/`: a family of rules. */
export declare const RuleFileSchema: z.ZodMiniObject<{
    $schema: z.ZodMiniOptional<z.ZodMiniString<string>>;
    rules: z.ZodMiniArray<z.ZodMiniPipe<z.ZodMiniObject<{
        id: z.ZodMiniString<string>;
        description: z.ZodMiniString<string>;
        regex: z.ZodMiniOptional<z.ZodMiniString<string>>;
        exact: z.ZodMiniOptional<z.ZodMiniString<string>>;
        assignment: z.ZodMiniOptional<z.ZodMiniObject<{
            name: z.ZodMiniString<string>;
            value: z.ZodMiniString<string>;
            nameSuffix: z.ZodMiniOptional<z.ZodMiniInt>;
            wordStart: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        }, z.core.$strict>>;
        requires: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
        priority: z.ZodMiniDefault<z.ZodMiniInt>;
        flags: z.ZodMiniOptional<z.ZodMiniString<string>>;
        keywords: z.ZodMiniArray<z.ZodMiniString<string>>;
        exactKeywords: z.ZodMiniDefault<z.ZodMiniBoolean<boolean>>;
        window: z.ZodMiniOptional<z.ZodMiniObject<{
            before: z.ZodMiniDefault<z.ZodMiniInt>;
            after: z.ZodMiniDefault<z.ZodMiniInt>;
        }, z.core.$strict>>;
        entropy: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
        validate: z.ZodMiniOptional<z.ZodMiniEnum<{
            base64: "base64";
            jwt: "jwt";
            "crc32-base62": "crc32-base62";
            "crc32-gitlab": "crc32-gitlab";
            "crc32-grafana": "crc32-grafana";
            bech32: "bech32";
            "pem-der": "pem-der";
            "base64-credential": "base64-credential";
            "basic-auth": "basic-auth";
            "ntlm-authenticate": "ntlm-authenticate";
            "base64-private-key": "base64-private-key";
            "nkey-seed": "nkey-seed";
            "aws-sts-token": "aws-sts-token";
        }>>;
        detector: z.ZodMiniDefault<z.ZodMiniEnum<{
            pattern: "pattern";
            value: "value";
            generic: "generic";
        }>>;
        weakValues: z.ZodMiniDefault<z.ZodMiniEnum<{
            high: "high";
            medium: "medium";
            low: "low";
        }>>;
        allow: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
        stopwords: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
        paths: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
        severity: z.ZodMiniDefault<z.ZodMiniEnum<{
            critical: "critical";
            high: "high";
            medium: "medium";
            low: "low";
            info: "info";
        }>>;
        confidence: z.ZodMiniDefault<z.ZodMiniEnum<{
            high: "high";
            medium: "medium";
            low: "low";
        }>>;
        tags: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniString<string>>>;
        examples: z.ZodMiniDefault<z.ZodMiniObject<{
            secret: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                text: z.ZodMiniString<string>;
                secret: z.ZodMiniOptional<z.ZodMiniString<string>>;
                path: z.ZodMiniOptional<z.ZodMiniString<string>>;
                confidence: z.ZodMiniOptional<z.ZodMiniEnum<{
                    high: "high";
                    medium: "medium";
                    low: "low";
                }>>;
            }, z.core.$strict>]>>>;
            clean: z.ZodMiniDefault<z.ZodMiniArray<z.ZodMiniUnion<readonly [z.ZodMiniString<string>, z.ZodMiniObject<{
                text: z.ZodMiniString<string>;
                secret: z.ZodMiniOptional<z.ZodMiniString<string>>;
                path: z.ZodMiniOptional<z.ZodMiniString<string>>;
                confidence: z.ZodMiniOptional<z.ZodMiniEnum<{
                    high: "high";
                    medium: "medium";
                    low: "low";
                }>>;
            }, z.core.$strict>]>>>;
        }, z.core.$strict>>;
    }, z.core.$strict>, z.ZodMiniTransform<{
        regex: string;
        window: {
            before: number;
            after: number;
        } | undefined;
        id: string;
        description: string;
        requires: string[];
        priority: number;
        keywords: string[];
        exactKeywords: boolean;
        detector: "pattern" | "value" | "generic";
        weakValues: "high" | "medium" | "low";
        allow: string[];
        stopwords: string[];
        severity: "critical" | "high" | "medium" | "low" | "info";
        confidence: "high" | "medium" | "low";
        tags: string[];
        examples: {
            secret: (string | {
                text: string;
                secret?: string | undefined;
                path?: string | undefined;
                confidence?: "high" | "medium" | "low" | undefined;
            })[];
            clean: (string | {
                text: string;
                secret?: string | undefined;
                path?: string | undefined;
                confidence?: "high" | "medium" | "low" | undefined;
            })[];
        };
        exact?: string | undefined;
        assignment?: {
            name: string;
            value: string;
            nameSuffix?: number | undefined;
            wordStart?: boolean | undefined;
        } | undefined;
        flags?: string | undefined;
        entropy?: number | undefined;
        validate?: "base64" | "jwt" | "crc32-base62" | "crc32-gitlab" | "crc32-grafana" | "bech32" | "pem-der" | "base64-credential" | "basic-auth" | "ntlm-authenticate" | "base64-private-key" | "nkey-seed" | "aws-sts-token" | undefined;
        paths?: string[] | undefined;
    }, {
        id: string;
        description: string;
        requires: string[];
        priority: number;
        keywords: string[];
        exactKeywords: boolean;
        detector: "pattern" | "value" | "generic";
        weakValues: "high" | "medium" | "low";
        allow: string[];
        stopwords: string[];
        severity: "critical" | "high" | "medium" | "low" | "info";
        confidence: "high" | "medium" | "low";
        tags: string[];
        examples: {
            secret: (string | {
                text: string;
                secret?: string | undefined;
                path?: string | undefined;
                confidence?: "high" | "medium" | "low" | undefined;
            })[];
            clean: (string | {
                text: string;
                secret?: string | undefined;
                path?: string | undefined;
                confidence?: "high" | "medium" | "low" | undefined;
            })[];
        };
        regex?: string | undefined;
        exact?: string | undefined;
        assignment?: {
            name: string;
            value: string;
            nameSuffix?: number | undefined;
            wordStart?: boolean | undefined;
        } | undefined;
        flags?: string | undefined;
        window?: {
            before: number;
            after: number;
        } | undefined;
        entropy?: number | undefined;
        validate?: "base64" | "jwt" | "crc32-base62" | "crc32-gitlab" | "crc32-grafana" | "bech32" | "pem-der" | "base64-credential" | "basic-auth" | "ntlm-authenticate" | "base64-private-key" | "nkey-seed" | "aws-sts-token" | undefined;
        paths?: string[] | undefined;
    }>>>;
}, z.core.$strict>;
/** Turns a zod error into one line: where it happened, then each issue with its path. */
export declare function describeIssues(error: z.core.$ZodError, where: string): string;
export {};
