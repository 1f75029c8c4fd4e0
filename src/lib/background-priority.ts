import { constants, getPriority, setPriority } from 'node:os';
import { threadsOf } from './process-tree.ts';

/**
 * Lowers the priority of work the build can wait for: the share-card workers and the content check.
 * Astro renders every page on one thread, and that thread decides how long a build takes; on two cores
 * it used to share its core with a card worker or the check. With their priority lowered, the kernel
 * gives the build thread a core first and the background work the rest, and both still finish: the
 * build waits for the cards and the check before it ends. Pagefind is lowered only once it has every
 * page and writes the index, while the build renders the rest of the site (src/integrations/pagefind.ts):
 * before that, the build hands it pages as it goes and waits when it falls behind.
 *
 * Linux only: there each thread has a priority of its own, so this lowers the calling thread (`pid`
 * 0) or every thread of process `pid`; elsewhere, lowering it from a worker thread would lower the
 * whole process, build thread included.
 */
export function runInBackground(pid = 0): void {
	if (process.platform !== 'linux') return;
	for (const thread of pid === 0 ? [0] : threadsOf(pid)) lower(thread);
}

function lower(thread: number): void {
	const low = constants.priority.PRIORITY_BELOW_NORMAL;
	try {
		// Never raise it: a build started at a lower priority still (a higher nice value) keeps it.
		if (getPriority(thread) < low) setPriority(thread, low);
	} catch {
		// A thread that has already exited: nothing left to lower.
	}
}
