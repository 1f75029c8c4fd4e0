import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { runInBackground } from './background-priority.ts';

/** The nice value in a /proc stat line (field 19, the 17th after the command name). */
const niceIn = (stat: string) => Number(stat.split(') ')[1]?.split(' ')[16]);
const niceOf = (statFile: string) => niceIn(readFileSync(statFile, 'utf8'));

describe('runInBackground', () => {
	it('lowers the priority of the worker thread that calls it, and not of the thread that started it', async () => {
		const before = niceOf('/proc/thread-self/stat');
		const worker = new Worker(
			`const { parentPort } = require('node:worker_threads');
			import(${JSON.stringify(import.meta.resolve('./background-priority.ts'))}).then(({ runInBackground }) => {
				runInBackground();
				parentPort.postMessage(require('node:fs').readFileSync('/proc/thread-self/stat', 'utf8'));
			});`,
			{ eval: true },
		);
		const [workerStat] = (await once(worker, 'message')) as [string];
		await worker.terminate();
		assert.equal(niceIn(workerStat), Math.max(before, constants.priority.PRIORITY_BELOW_NORMAL));
		assert.equal(niceOf('/proc/thread-self/stat'), before);
	});

	it('lowers the priority of every thread of another process', async () => {
		const child = spawn(process.execPath, ['-e', 'console.log("ready"); setTimeout(() => {}, 10000)'], {
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		try {
			await once(child.stdout, 'data');
			assert.ok(child.pid);
			const threads = readdirSync(`/proc/${child.pid}/task`);
			assert.ok(threads.length > 1, 'Node runs several threads');
			const nices = () => threads.map((thread) => niceOf(`/proc/${child.pid}/task/${thread}/stat`));
			assert.deepEqual(new Set(nices()), new Set([niceOf('/proc/self/stat')]));
			runInBackground(child.pid);
			assert.deepEqual(new Set(nices()), new Set([Math.max(niceOf('/proc/self/stat'), constants.priority.PRIORITY_BELOW_NORMAL)]));
		} finally {
			child.kill();
		}
	});

	it('does nothing to a process that has exited', async () => {
		const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
		await once(child, 'close');
		assert.ok(child.pid);
		assert.doesNotThrow(() => runInBackground(child.pid));
	});
});
