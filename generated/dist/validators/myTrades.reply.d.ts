// Generated from asyncapi.yaml by the currencycom-ws generator. Do not edit.
// Regenerate with: npm run generate
import type { CompiledValidator } from '../codec/codec.js';
export declare const validate: CompiledValidator;
