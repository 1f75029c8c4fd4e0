import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { childProcessesNamed, processesEnded, processTreeCpuSeconds, statTimes } from './process-tree.ts';

describe('childProcessesNamed', () => {
	it('finds the processes this one started by the start of their name, and only those', async () => {
		const sleeper = spawn('sleep', ['10'], { stdio: 'ignore' });
		const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], { stdio: 'ignore' });
		try {
			await Promise.all([once(sleeper, 'spawn'), once(other, 'spawn')]);
			assert.deepEqual(childProcessesNamed('sleep'), [sleeper.pid]);
			assert.ok(!childProcessesNamed('sleep').includes(other.pid!));
			assert.deepEqual(childProcessesNamed('no-such-program'), []);
		} finally {
			sleeper.kill();
			other.kill();
		}
		await once(sleeper, 'close');
		assert.deepEqual(childProcessesNamed('sleep'), [], 'a process that has exited is not found');
	});
});

describe('processesEnded', () => {
	it('waits until a process that was told to stop has ended and been waited for, and says when one has not', async () => {
		const sleeper = spawn('sleep', ['10'], { stdio: 'ignore' });
		await once(sleeper, 'spawn');
		assert.equal(await processesEnded([sleeper.pid!], 50), false, 'a running process has not ended');
		sleeper.kill();
		assert.equal(await processesEnded([sleeper.pid!], 5000), true);
		assert.deepEqual(childProcessesNamed('sleep'), []);
	});
});

describe('statTimes', () => {
	it('reads a process’s own and its ended children’s times, whatever the command is called', () => {
		const rest = 'S 1 2 3 0 -1 4194304 101 0 0 0 725 118 3150 412 20 0 1 0 2675891 3133440 385';
		const expected = { own: { user: 7.25, system: 1.18 }, endedChildren: { user: 31.5, system: 4.12 } };
		assert.deepEqual(statTimes(`28537 (node) ${rest}`), expected);
		assert.deepEqual(statTimes(`28537 (a) b (c) ${rest}`), expected);
		assert.throws(() => statTimes('28537 (node) S 1'), /not a \/proc stat line/);
	});
});

describe('processTreeCpuSeconds', () => {
	it('counts a child’s CPU while it runs and keeps it once it has ended', async () => {
		const before = processTreeCpuSeconds();
		// A child that uses half a second of CPU (however long that takes on a busy machine), says so, and
		// waits to be told to end.
		const child = spawn(process.execPath, [
			'-e',
			'const used = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1e6; }; while (used() < 0.5); process.stdout.write("busy"); process.stdin.once("data", () => process.exit(0));',
		]);
		await once(child.stdout, 'data');
		const whileRunning = processTreeCpuSeconds();
		assert.ok(whileRunning - before >= 0.4, `the running child’s CPU is counted: ${(whileRunning - before).toFixed(2)} s`);
		child.stdin.write('end');
		await once(child, 'exit');
		const afterwards = processTreeCpuSeconds();
		assert.ok(afterwards >= whileRunning, `an ended child’s CPU is not lost: ${afterwards} s after, ${whileRunning} s before`);
	});
});
