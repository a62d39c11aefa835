#!/usr/bin/env node
// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
import { parseArgs } from 'node:util';
import { startSimulator } from './simulator.js';
const { values } = parseArgs({
    options: {
        port: { type: 'string', default: '0' },
        host: { type: 'string', default: '127.0.0.1' },
        'api-key': { type: 'string' },
        'api-secret': { type: 'string' },
        seed: { type: 'string', default: '1' },
    },
});
const apiKey = values['api-key'] ?? process.env.CURRENCYCOM_API_KEY;
const apiSecret = values['api-secret'] ?? process.env.CURRENCYCOM_API_SECRET;
if (!apiKey || !apiSecret) {
    console.error('usage: simulator --port N --api-key KEY --api-secret SECRET (or CURRENCYCOM_API_KEY / CURRENCYCOM_API_SECRET)');
    process.exit(2);
}
const simulator = await startSimulator({ port: Number(values.port), host: values.host, apiKey, apiSecret, seed: Number(values.seed) });
console.log(simulator.url);
const stop = () => void simulator.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
