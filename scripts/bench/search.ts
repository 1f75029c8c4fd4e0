// npm run bench:search [-- --dist dist --words a,b,c]: times search on a site already built (see
// search-latency.ts), without building it; `npm run bench` runs the same after its build.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureSearchLatency } from './search-latency.ts';
import { SEARCH_WORDS } from './generate.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, words: { type: 'string' }, timeline: { type: 'boolean', default: false } } });
const words = values.words?.split(',').filter(Boolean) ?? SEARCH_WORDS;
const base = (process.env.BASE_PATH ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
const latency = await measureSearchLatency(resolve(values.dist), words, base);
if (values.timeline) for (const { word, timeline } of latency.words) console.log(`${word}:\n  ${timeline.join('\n  ')}`);
console.table(latency.words.map(({ fetchedAfterKey, timeline: _timeline, ...timing }) => ({ ...timing, fetched: fetchedAfterKey.map((file) => `${file.file} ${file.startMs}–${file.endMs}`).join(', ') })));
console.log(JSON.stringify({ medianMs: latency.medianMs, worstMs: latency.worstMs, medianSearchStartedMs: latency.medianSearchStartedMs, medianResultsKnownMs: latency.medianResultsKnownMs }));
