// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { type ValidatorTables } from "../codec/codec.js";
export declare const validators: ValidatorTables;
//# sourceMappingURL=all.d.ts.map