import { constants, getPriority, setPriority } from 'node:os';

/**
 * Lowers the priority of work the build can wait for: the share-card workers and the content check.
 * Astro renders every page on one thread, and that thread decides how long a build takes; on two cores
 * it used to share its core with a card worker or the check. With their priority lowered, the kernel
 * gives the build thread a core first and the background work the rest, and both still finish: the
 * build waits for the cards and the check before it ends.
 *
 * `pid` 0 is the calling thread. Linux only: there a thread has its own priority, while elsewhere
 * lowering it from a worker thread would lower the whole process, build thread included.
 */
export function runInBackground(pid = 0): void {
	if (process.platform !== 'linux') return;
	const low = constants.priority.PRIORITY_BELOW_NORMAL;
	try {
		// Never raise it: a build started with a lower priority still (a higher nice value) keeps it.
		if (getPriority(pid) < low) setPriority(pid, low);
	} catch {
		// A process that has already exited: nothing left to lower.
	}
}
