// Generated from asyncapi.yaml by the currencycom-ws generator. Do not edit.
// Regenerate with: npm run generate
import type { ValidatorLoaders } from '../codec/codec.js';
export declare const loaders: ValidatorLoaders;
