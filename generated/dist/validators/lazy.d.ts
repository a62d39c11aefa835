// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { ValidatorLoaders } from "../codec/codec.js";
export declare const loaders: ValidatorLoaders;
//# sourceMappingURL=lazy.d.ts.map