// Writes bench/.out/schemas.json with the generator's own modules, in a child process so that the
// benchmark's process never loads the parser and Modelina (their heap would blur its figures).
import { dumpSchemas } from '../lib/schemas.js';

await dumpSchemas();
