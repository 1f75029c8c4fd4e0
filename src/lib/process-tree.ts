/**
 * Processes this one has started, and the CPU time they use, from Linux's /proc. The build uses it for
 * Pagefind's service, which Pagefind's Node API starts without giving out its id; the benchmark, to
 * tell how many cores the build keeps busy in each phase (src/integrations/build-timing.ts). Elsewhere
 * than on Linux it finds nothing and counts nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Clock ticks per second in /proc's times (USER_HZ): 100 on Linux. */
const TICKS_PER_SECOND = 100;

export interface CpuSeconds {
	user: number;
	system: number;
}

/** The threads of process `pid`: none once it has exited (or where there is no /proc). */
export function threadsOf(pid: number): number[] {
	try {
		return readdirSync(`/proc/${pid}/task`).map(Number);
	} catch {
		return [];
	}
}

/** The processes `pid` has started that have not yet ended and been waited for: each of its threads lists its own. */
export function childProcesses(pid = process.pid): number[] {
	return threadsOf(pid).flatMap((thread) => {
		try {
			return readFileSync(`/proc/${pid}/task/${thread}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
		} catch {
			return []; // the thread ended while we looked
		}
	});
}

/** The processes this one has started whose name begins with `name` (as /proc gives it, at most 15 characters). */
export function childProcessesNamed(name: string): number[] {
	return childProcesses().filter((pid) => {
		try {
			return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith(name);
		} catch {
			return false; // exited
		}
	});
}

/**
 * Waits until each of `pids` has ended and been waited for (Node waits for the processes it started as
 * soon as they end), or `timeoutMs` has passed: true if they all have.
 */
export async function processesEnded(pids: number[], timeoutMs: number): Promise<boolean> {
	// An ended process stays in /proc (a zombie) until it has been waited for.
	const running = () => pids.filter((pid) => existsSync(`/proc/${pid}`));
	for (const deadline = Date.now() + timeoutMs; running().length > 0; await sleep(10)) if (Date.now() > deadline) return false;
	return true;
}

/**
 * The times in a /proc/<pid>/stat line: the process's own (utime, stime: all its threads) and those of
 * its children that have ended and been waited for (cutime, cstime). The command's name, in
 * parentheses, may itself hold spaces and parentheses, so the fields are counted from the last ") ".
 */
export function statTimes(stat: string): { own: CpuSeconds; endedChildren: CpuSeconds } {
	const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
	const [user, system, childrenUser, childrenSystem] = [11, 12, 13, 14].map((field) => Number(fields[field]) / TICKS_PER_SECOND);
	if (![user, system, childrenUser, childrenSystem].every(Number.isFinite))
		throw new Error(`not a /proc stat line: ${stat.slice(0, 80)}`);
	return { own: { user: user!, system: system! }, endedChildren: { user: childrenUser!, system: childrenSystem! } };
}

/**
 * Seconds of CPU used so far by process `pid`, all its threads, and every process it started, ended
 * or running: a running child's time moves into its parent's "ended children" when it is waited for,
 * so the sum neither loses nor counts twice a child that ends between two readings. A child that is
 * never waited for (its parent exits first) is lost to the parent's count: see processesEnded.
 */
export function processTreeCpuSeconds(pid = process.pid): number {
	let stat: string;
	try {
		stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	} catch {
		return 0; // it has ended, or there is no /proc
	}
	const { own, endedChildren } = statTimes(stat);
	let total = own.user + own.system + endedChildren.user + endedChildren.system;
	for (const child of childProcesses(pid)) total += processTreeCpuSeconds(child);
	return total;
}
