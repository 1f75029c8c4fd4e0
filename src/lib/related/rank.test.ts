import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Relatable, rankRelated } from './rank.ts';

function entry(key: string, published: string, shares: Partial<Pick<Relatable, 'events' | 'sources' | 'topics'>> = {}): Relatable {
	return { key, published, events: [], sources: [], topics: [], ...shares };
}

const rank = (entries: Relatable[], limit = 4, widest = 100) => rankRelated(entries, { limit, widest });

describe('rankRelated', () => {
	it('ranks by shared events, then sources, then topics, then newest first', () => {
		const subject = entry('subject', '2024-01-01', { events: ['march', 'strike'], sources: ['report', 'survey'], topics: ['repression', 'press'] });
		const ranked = rank([
			subject,
			// Newest, but shares only topics: last.
			entry('two-topics', '2025-06-01', { topics: ['repression', 'press'] }),
			// One event outweighs any number of sources and topics.
			entry('one-event', '2020-01-01', { events: ['march'] }),
			entry('two-sources', '2023-01-01', { sources: ['report', 'survey'], topics: ['repression'] }),
			entry('one-source-two-topics', '2023-06-01', { sources: ['report'], topics: ['repression', 'press'] }),
			entry('two-events', '2019-01-01', { events: ['march', 'strike'] }),
		]);
		assert.deepEqual(ranked.get('subject'), ['two-events', 'one-event', 'two-sources', 'one-source-two-topics']);
	});

	it('puts the newest first among entries that share as much, and orders those of the same day by key', () => {
		const shares = { topics: ['repression'] };
		const ranked = rank([
			entry('subject', '2024-01-01', shares),
			entry('older', '2023-01-01', shares),
			entry('newer-b', '2024-05-01', shares),
			entry('newer-a', '2024-05-01', shares),
			entry('newest', '2025-01-01', shares),
		]);
		assert.deepEqual(ranked.get('subject'), ['newest', 'newer-a', 'newer-b', 'older']);
	});

	it('gives at most `limit`, never the entry itself, and nothing that shares nothing', () => {
		const shares = { topics: ['repression'] };
		const ranked = rank(
			[
				entry('subject', '2024-01-01', shares),
				entry('a', '2024-02-01', shares),
				entry('b', '2024-03-01', shares),
				entry('c', '2024-04-01', shares),
				entry('unrelated', '2025-01-01', { topics: ['elections'], sources: ['other'] }),
			],
			2,
		);
		assert.deepEqual(ranked.get('subject'), ['c', 'b']);
		assert.deepEqual(ranked.get('unrelated'), []);
	});

	it('lists a pair sharing an event first on each side, whatever newer entries share in sources and topics', () => {
		const common = { sources: ['report'], topics: ['repression'] };
		const ranked = rank([
			entry('march-report', '2023-01-20', { ...common, events: ['march'] }),
			entry('march-summary', '2023-01-22', { ...common, events: ['march'] }),
			entry('later-a', '2024-01-01', common),
			entry('later-b', '2024-02-01', common),
		]);
		assert.equal(ranked.get('march-report')?.[0], 'march-summary');
		assert.equal(ranked.get('march-summary')?.[0], 'march-report');
	});

	it('takes only the newest `widest` entries of a feature as candidates, and counts what they share in full', () => {
		const broad = Array.from({ length: 10 }, (_, n) => entry(`broad-${n}`, `2024-01-${String(n + 10).padStart(2, '0')}`, { topics: ['broad'] }));
		const subject = entry('subject', '2023-01-01', { topics: ['broad', 'narrow'], events: ['march'] });
		// Shares the broad topic and a narrow one, but is the oldest of those with the broad topic: found
		// through the narrow one, and ranked by both.
		const old = entry('old-two-topics', '2020-01-01', { topics: ['broad', 'narrow'] });
		// Shares an event: found through it, however old.
		const oldest = entry('oldest-event', '2010-01-01', { events: ['march'] });
		const ranked = rank([subject, old, oldest, ...broad], 4, 3);
		assert.deepEqual(ranked.get('subject'), ['oldest-event', 'old-two-topics', 'broad-9', 'broad-8']);
		// An entry with only the broad topic sees the three newest others with it.
		assert.deepEqual(ranked.get('old-two-topics'), ['subject', 'broad-9', 'broad-8', 'broad-7']);
	});

	it('scores only entries that share something: the work grows with what is shared, not with the number of entries', () => {
		// 20,000 entries in pairs that share an event and nothing else: ranking them compares each with one other.
		const entries = Array.from({ length: 20_000 }, (_, n) => entry(`e${n}`, '2024-01-01', { events: [`event-${Math.floor(n / 2)}`] }));
		const ranked = rank(entries);
		assert.deepEqual(ranked.get('e0'), ['e1']);
		assert.deepEqual(ranked.get('e19999'), ['e19998']);
	});
});
