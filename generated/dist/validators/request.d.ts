// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { CompiledValidator } from '../codec/codec.js';
export declare const request0: CompiledValidator;
export declare const request1: CompiledValidator;
export declare const request2: CompiledValidator;
export declare const request3: CompiledValidator;
export declare const request4: CompiledValidator;
export declare const request5: CompiledValidator;
export declare const request6: CompiledValidator;
export declare const request7: CompiledValidator;
export declare const request8: CompiledValidator;
export declare const request9: CompiledValidator;
export declare const request10: CompiledValidator;
export declare const request11: CompiledValidator;
export declare const request12: CompiledValidator;
export declare const request13: CompiledValidator;
export declare const request14: CompiledValidator;
export declare const request15: CompiledValidator;
export declare const request16: CompiledValidator;
export declare const request17: CompiledValidator;
export declare const request18: CompiledValidator;
export declare const request19: CompiledValidator;
export declare const request20: CompiledValidator;
export declare const request21: CompiledValidator;
export declare const request22: CompiledValidator;
export declare const request23: CompiledValidator;
export declare const request24: CompiledValidator;
export declare const request25: CompiledValidator;
export declare const request26: CompiledValidator;
export declare const request27: CompiledValidator;
export declare const request28: CompiledValidator;
export declare const request29: CompiledValidator;
export declare const request30: CompiledValidator;
export declare const request31: CompiledValidator;
//# sourceMappingURL=request.d.ts.map
