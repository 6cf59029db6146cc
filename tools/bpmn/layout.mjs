// Adds diagram interchange (shapes and edges) to a BPMN file that has only its semantic part.
// Usage: node layout.mjs <in.bpmn> <out.bpmn>
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutProcess } from 'bpmn-auto-layout';

const [input, output] = process.argv.slice(2);
const laidOut = await layoutProcess(readFileSync(input, 'utf8'));
writeFileSync(output, laidOut);
