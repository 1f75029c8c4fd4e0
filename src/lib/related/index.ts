/** Related entries: what an article or summary lists at its end for the reader to go on with. */
import { SITE } from '../../config/site.ts';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.ts';
import { idsOf } from '../../schemas/reference.ts';
import { type Entry, entriesIn, versionsOf } from '../entries/index.ts';
import { rankRelated } from './rank.ts';

export { type Relatable, rankRelated } from './rank.ts';

/**
 * The most entries one event, source or topic puts forward as candidates (its newest): enough that on
 * a site of a few hundred entries nothing is left out, few enough that at thousands of entries a topic
 * every other entry has does not make the work grow with the square of their number.
 */
const WIDEST = 200;

const key = (entry: Pick<Entry, 'collection' | 'id'>) => `${entry.collection}/${entry.id}`;

/** Originals only: a translation covers its original's events, sources and topics. */
const originals = entriesIn(DEFAULT_LANGUAGE);
const byKey = new Map(originals.map((entry) => [key(entry), entry]));

/** Ranked once for the whole site, when the first entry page is rendered. */
const ranked = rankRelated(
	originals.map((entry) => ({
		key: key(entry),
		events: idsOf(entry.data.events),
		sources: idsOf(entry.data.sources),
		topics: idsOf(entry.data.tags),
		published: entry.data.published.iso,
	})),
	{ limit: SITE.relatedEntries, widest: WIDEST },
);

/** The entries related to an entry, best first (rank.ts), each in the entry's language where it is translated into it. */
export function relatedEntries(entry: Entry): Entry[] {
	const { lang } = entry.data;
	return (ranked.get(key(entry)) ?? []).flatMap((related) => {
		const original = byKey.get(related);
		return original ? [versionsOf(original).get(lang) ?? original] : [];
	});
}
