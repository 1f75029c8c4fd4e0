// Builds the same content twice, one build after the other, into two folders and checks that the two
// trees are byte for byte the same: pages, feeds, open-data exports, share images and the search index.
// A difference means the output depends on the clock, on random ids or on ordering, and a deploy would
// change files that did not change.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { keepAstroCache, listFiles, runScript } from './support.ts';

// The site's own content: the most pages, figures, feeds and share images to compare.
const CONTENT = 'content';
let workDir: string;
let restoreAstroCache: () => void;

before(() => {
	workDir = mkdtempSync(join(tmpdir(), 'campaign-build-determinism-'));
	restoreAstroCache = keepAstroCache();
});

after(() => {
	rmSync(workDir, { recursive: true, force: true });
	restoreAstroCache();
});

it('two builds of the same content are byte-identical', { timeout: 360_000 }, async () => {
	const outs = [join(workDir, 'first'), join(workDir, 'second')];
	for (const out of outs) {
		const result = await runScript('scripts/build.ts', { CONTENT_DIR: CONTENT, BUILD_OUT_DIR: out });
		assert.equal(result.status, 0, result.output);
	}
	const [first, second] = outs.map((out) => listFiles(out));
	assert.ok(first && second && first.length > 0);
	assert.deepEqual(second, first, 'the two builds wrote different files');
	const differing = first.filter((file) => !readFileSync(join(outs[0] ?? '', file)).equals(readFileSync(join(outs[1] ?? '', file))));
	assert.deepEqual(differing, [], `files that differ between two builds of the same content:\n${differing.join('\n')}`);
});
