import { z } from 'zod';
/**
 * The one schema for rules: the built-in pack under `rules/` and users' custom rules in
 * config are both validated by `RuleSchema`. Regexes are JavaScript syntax.
 */
declare const ExampleSchema: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
    text: z.ZodString;
    secret: z.ZodOptional<z.ZodString>;
    path: z.ZodOptional<z.ZodString>;
    confidence: z.ZodOptional<z.ZodEnum<{
        high: "high";
        medium: "medium";
        low: "low";
    }>>;
}, z.core.$strict>]>;
export type RuleExample = z.infer<typeof ExampleSchema>;
export declare const RuleSchema: z.ZodPipe<z.ZodObject<{
    id: z.ZodString;
    description: z.ZodString;
    regex: z.ZodOptional<z.ZodString>;
    exact: z.ZodOptional<z.ZodString>;
    assignment: z.ZodOptional<z.ZodObject<{
        name: z.ZodString;
        value: z.ZodString;
        nameSuffix: z.ZodOptional<z.ZodNumber>;
        wordStart: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>>;
    requires: z.ZodDefault<z.ZodArray<z.ZodString>>;
    priority: z.ZodDefault<z.ZodNumber>;
    flags: z.ZodOptional<z.ZodString>;
    keywords: z.ZodArray<z.ZodString>;
    exactKeywords: z.ZodDefault<z.ZodBoolean>;
    window: z.ZodOptional<z.ZodObject<{
        before: z.ZodDefault<z.ZodNumber>;
        after: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    entropy: z.ZodOptional<z.ZodNumber>;
    validate: z.ZodOptional<z.ZodEnum<{
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
    detector: z.ZodDefault<z.ZodEnum<{
        pattern: "pattern";
        value: "value";
        generic: "generic";
    }>>;
    weakValues: z.ZodDefault<z.ZodEnum<{
        high: "high";
        medium: "medium";
        low: "low";
    }>>;
    allow: z.ZodDefault<z.ZodArray<z.ZodString>>;
    stopwords: z.ZodDefault<z.ZodArray<z.ZodString>>;
    paths: z.ZodOptional<z.ZodArray<z.ZodString>>;
    severity: z.ZodDefault<z.ZodEnum<{
        critical: "critical";
        high: "high";
        medium: "medium";
        low: "low";
        info: "info";
    }>>;
    confidence: z.ZodDefault<z.ZodEnum<{
        high: "high";
        medium: "medium";
        low: "low";
    }>>;
    tags: z.ZodDefault<z.ZodArray<z.ZodString>>;
    examples: z.ZodDefault<z.ZodObject<{
        secret: z.ZodDefault<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
            text: z.ZodString;
            secret: z.ZodOptional<z.ZodString>;
            path: z.ZodOptional<z.ZodString>;
            confidence: z.ZodOptional<z.ZodEnum<{
                high: "high";
                medium: "medium";
                low: "low";
            }>>;
        }, z.core.$strict>]>>>;
        clean: z.ZodDefault<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
            text: z.ZodString;
            secret: z.ZodOptional<z.ZodString>;
            path: z.ZodOptional<z.ZodString>;
            confidence: z.ZodOptional<z.ZodEnum<{
                high: "high";
                medium: "medium";
                low: "low";
            }>>;
        }, z.core.$strict>]>>>;
    }, z.core.$strict>>;
}, z.core.$strict>, z.ZodTransform<{
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
export declare const RuleFileSchema: z.ZodObject<{
    $schema: z.ZodOptional<z.ZodString>;
    rules: z.ZodArray<z.ZodPipe<z.ZodObject<{
        id: z.ZodString;
        description: z.ZodString;
        regex: z.ZodOptional<z.ZodString>;
        exact: z.ZodOptional<z.ZodString>;
        assignment: z.ZodOptional<z.ZodObject<{
            name: z.ZodString;
            value: z.ZodString;
            nameSuffix: z.ZodOptional<z.ZodNumber>;
            wordStart: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>;
        requires: z.ZodDefault<z.ZodArray<z.ZodString>>;
        priority: z.ZodDefault<z.ZodNumber>;
        flags: z.ZodOptional<z.ZodString>;
        keywords: z.ZodArray<z.ZodString>;
        exactKeywords: z.ZodDefault<z.ZodBoolean>;
        window: z.ZodOptional<z.ZodObject<{
            before: z.ZodDefault<z.ZodNumber>;
            after: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        entropy: z.ZodOptional<z.ZodNumber>;
        validate: z.ZodOptional<z.ZodEnum<{
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
        detector: z.ZodDefault<z.ZodEnum<{
            pattern: "pattern";
            value: "value";
            generic: "generic";
        }>>;
        weakValues: z.ZodDefault<z.ZodEnum<{
            high: "high";
            medium: "medium";
            low: "low";
        }>>;
        allow: z.ZodDefault<z.ZodArray<z.ZodString>>;
        stopwords: z.ZodDefault<z.ZodArray<z.ZodString>>;
        paths: z.ZodOptional<z.ZodArray<z.ZodString>>;
        severity: z.ZodDefault<z.ZodEnum<{
            critical: "critical";
            high: "high";
            medium: "medium";
            low: "low";
            info: "info";
        }>>;
        confidence: z.ZodDefault<z.ZodEnum<{
            high: "high";
            medium: "medium";
            low: "low";
        }>>;
        tags: z.ZodDefault<z.ZodArray<z.ZodString>>;
        examples: z.ZodDefault<z.ZodObject<{
            secret: z.ZodDefault<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
                text: z.ZodString;
                secret: z.ZodOptional<z.ZodString>;
                path: z.ZodOptional<z.ZodString>;
                confidence: z.ZodOptional<z.ZodEnum<{
                    high: "high";
                    medium: "medium";
                    low: "low";
                }>>;
            }, z.core.$strict>]>>>;
            clean: z.ZodDefault<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
                text: z.ZodString;
                secret: z.ZodOptional<z.ZodString>;
                path: z.ZodOptional<z.ZodString>;
                confidence: z.ZodOptional<z.ZodEnum<{
                    high: "high";
                    medium: "medium";
                    low: "low";
                }>>;
            }, z.core.$strict>]>>>;
        }, z.core.$strict>>;
    }, z.core.$strict>, z.ZodTransform<{
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
export declare function describeIssues(error: z.ZodError, where: string): string;
export {};
