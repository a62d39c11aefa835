// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { CompiledValidator } from '../codec/codec.js';
export declare const validate: CompiledValidator;
//# sourceMappingURL=withdrawals.request.d.ts.map
