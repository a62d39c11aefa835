// Row 6, peer: the AsyncAPI generator (bench/peer) with its baked-in JavaScript WebSocket client
// template, on the same document, into argv[3]. Offline: the template ships inside the generator.
import { createRequire } from 'node:module';
const [peerPackageJson, spec, out] = process.argv.slice(2);
const require = createRequire(peerPackageJson);
const Generator = require('@asyncapi/generator');
const generator = new Generator('core-template-client-websocket-javascript', out, {
  forceWrite: true,
  templateParams: { server: 'demo', clientFileName: 'client.js' },
});
await generator.generateFromFile(spec);
console.log(JSON.stringify({ ok: true }));
