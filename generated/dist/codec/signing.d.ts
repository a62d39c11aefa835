// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
export interface CanonicalRule {
    readonly assign: string;
    readonly separator: string;
    readonly exclude: readonly string[];
}
export declare function canonicalStringWith(rule: CanonicalRule, payload: Readonly<Record<string, unknown>>): string;
export declare function signWith(rule: CanonicalRule, payload: Readonly<Record<string, unknown>>, secret: string): string;
//# sourceMappingURL=signing.d.ts.map