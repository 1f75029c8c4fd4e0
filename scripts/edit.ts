// npm run edit: the editors' desk, a form over the files in content/, beside the live preview. It is
// Astro's dev server with the editor added (scripts/editor/integration.ts), listening on this
// machine's loopback address only; the address is printed once it is ready.
//   npm run edit [-- --port 4321]
import { parseArgs } from 'node:util';
import { dev } from 'astro';
import { editorsDesk } from './editor/integration.ts';

const { values } = parseArgs({ options: { port: { type: 'string' } } });

await dev({
	server: { host: '127.0.0.1', port: Number(values.port ?? 4321) },
	integrations: [editorsDesk()],
});
