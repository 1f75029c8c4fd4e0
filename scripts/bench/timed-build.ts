// The benchmark's build (scripts/bench/site.ts runs it in a copy of the project): the production build,
// as `npm run build` makes it, with the timing probe added and Astro's cache kept inside the copy.
// Usage: node scripts/bench/timed-build.ts <timing file>
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildSite } from '../build.ts';
import { buildTiming } from './build-timing.ts';
import { childProcessesNamed } from './measure.ts';

const [timingFile] = process.argv.slice(2);
if (!timingFile) throw new Error('Usage: node scripts/bench/timed-build.ts <timing file>');
const root = process.cwd();
await buildSite(join(root, 'dist'), { root, cacheDir: join(root, '.cache'), integrations: [buildTiming(timingFile)] });

// Pagefind's process has been told to stop, not waited for: a process that ends after its parent has is
// in no one's CPU count, so wait until it has been, for site.ts to count its CPU among this process's.
for (const deadline = Date.now() + 5000; childProcessesNamed('pagefind').length > 0 && Date.now() < deadline; ) await sleep(10);
