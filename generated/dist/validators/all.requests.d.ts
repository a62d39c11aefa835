// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { CompiledValidator } from '../codec/codec.js';
export declare const r0: CompiledValidator;
export declare const r1: CompiledValidator;
export declare const r2: CompiledValidator;
export declare const r3: CompiledValidator;
export declare const r4: CompiledValidator;
export declare const r5: CompiledValidator;
export declare const r6: CompiledValidator;
export declare const r7: CompiledValidator;
export declare const r8: CompiledValidator;
export declare const r9: CompiledValidator;
export declare const r10: CompiledValidator;
export declare const r11: CompiledValidator;
export declare const r12: CompiledValidator;
export declare const r13: CompiledValidator;
export declare const r14: CompiledValidator;
export declare const r15: CompiledValidator;
export declare const r16: CompiledValidator;
export declare const r17: CompiledValidator;
export declare const r18: CompiledValidator;
export declare const r19: CompiledValidator;
export declare const r20: CompiledValidator;
export declare const r21: CompiledValidator;
export declare const r22: CompiledValidator;
export declare const r23: CompiledValidator;
export declare const r24: CompiledValidator;
export declare const r25: CompiledValidator;
export declare const r26: CompiledValidator;
export declare const r27: CompiledValidator;
export declare const r28: CompiledValidator;
export declare const r30: CompiledValidator;
export declare const r29: CompiledValidator;
export declare const r31: CompiledValidator;
//# sourceMappingURL=all.requests.d.ts.map
