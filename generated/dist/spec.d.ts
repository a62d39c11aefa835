// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import type { ProtocolSpec } from "./runtime/spec.js";
import type { CodecRules } from "./codec/codec.js";
/** Everything the runtime knows about the API, read from the document. */
export declare const spec: ProtocolSpec;
/** The signing rule and the tolerance rules of every message, read from the document. */
export declare const rules: CodecRules;
//# sourceMappingURL=spec.d.ts.map