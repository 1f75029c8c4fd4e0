import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { childProcessesNamed, childrenCpu, cpuBetween, memoryByPhase, phasesFrom, routeTimes } from './measure.ts';

test('routeTimes sums Astro’s per-route build times by kind, colours or not', () => {
	const log = [
		'\u001b[2m12:43:12\u001b[22m   \u001b[34m├─\u001b[39m \u001b[2m/articles/a/share.png\u001b[22m \u001b[2m(+151ms)\u001b[22m',
		'12:43:12   ├─ /articles/a/index.html (+40ms)',
		'12:43:12   ├─ /summaries/b/index.html (+10ms)',
		'12:43:12   ├─ /rss.xml (+500ms)',
		'12:43:12   ├─ /articles/c/share.png (+1.25s)',
		'12:43:12   └─ /index.html (+5ms)',
	].join('\n');
	assert.deepEqual(routeTimes(log), { 'share images': 1.4, 'entry pages': 0.05, 'feeds and data': 0.5, 'other pages': 0.01 });
});

test('phasesFrom splits the build at the timing marks', () => {
	const phases = phasesFrom(
		{
			marks: { configSetup: 1000, buildStart: 3000, bundleEnd: 4000, generated: 9000, doneEnd: 9500 },
			peakRssBytes: 0,
		},
		10_000,
	);
	assert.deepEqual(Object.values(phases), [1, 2, 1, 5, 0.5, 0.5]);
});

test('memoryByPhase names each phase’s sampled peak in MiB', () => {
	const memory = memoryByPhase({
		marks: {},
		peakRssBytes: 0,
		peakRssByPhase: { configSetup: 2 ** 29, buildStart: 2 ** 30, bundleEnd: 3 * 2 ** 30, generated: 2 ** 31 },
	});
	assert.deepEqual(Object.values(memory), [512, 1024, 3072, 2048]);
});

test('childrenCpu reads cutime and cstime from a /proc stat line, whatever the command is called', () => {
	const rest = 'S 1 2 3 0 -1 4194304 101 0 0 0 7 2 3150 412 20 0 1 0 2675891 3133440 385';
	assert.deepEqual(childrenCpu(`28537 (node) ${rest}`), { user: 31.5, system: 4.12 });
	assert.deepEqual(childrenCpu(`28537 (a) b (c) ${rest}`), { user: 31.5, system: 4.12 });
	assert.throws(() => childrenCpu('28537 (node) S 1'), /not a \/proc stat line/);
});

test('cpuBetween gives the user, system and total seconds between two readings', () => {
	assert.deepEqual(cpuBetween({ user: 10, system: 1 }, { user: 42.25, system: 7.5 }), { user: 32.3, system: 6.5, total: 38.8 });
});

test('childProcessesNamed finds the processes this one started by name until each has ended and been waited for', async () => {
	const sleeper = spawn('sleep', ['10'], { stdio: 'ignore' });
	const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], { stdio: 'ignore' });
	try {
		await Promise.all([once(sleeper, 'spawn'), once(other, 'spawn')]);
		assert.deepEqual(childProcessesNamed('sleep'), [sleeper.pid]);
		assert.deepEqual(childProcessesNamed('no-such-program'), []);
	} finally {
		sleeper.kill();
		other.kill();
	}
	await once(sleeper, 'close');
	assert.deepEqual(childProcessesNamed('sleep'), [], 'a process that has exited and been waited for is not found');
});
