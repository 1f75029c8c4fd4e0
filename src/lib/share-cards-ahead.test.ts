import assert from 'node:assert/strict';
import { test } from 'node:test';
import { t } from '../i18n/ui.ts';
import { entryShareCard } from './entry-share-card.ts';
import { storedEntryCards } from './share-cards-ahead.ts';

const published = { iso: '2023-01-12', precision: 'day' };
const stored = [
	{ id: 'juliaca', data: { lang: 'en', title: 'Eighteen killed in Juliaca', published, draft: false } },
	{ id: 'unfinished', data: { lang: 'en', title: 'Not yet', published, draft: true } },
	{ id: 'ayacucho', data: { lang: 'es', title: 'Muertos en Ayacucho', published } },
];

test('storedEntryCards gives each stored entry its card under its pool key, and leaves drafts out', () => {
	const cards = storedEntryCards('summaries', stored);
	assert.deepEqual(
		cards.map(([key]) => key),
		['en/summaries/juliaca', 'es/summaries/ayacucho'],
	);
	assert.deepEqual(cards[1]![1], {
		siteName: t('es', 'site.name'),
		label: 'Resumen',
		title: 'Muertos en Ayacucho',
		footer: '12 de enero de 2023',
	});
});

test('a stored entry’s card is the card the pages ask for with the same data', () => {
	const [[, card]] = storedEntryCards('articles', [stored[0]!]) as [[string, unknown]];
	assert.deepEqual(card, entryShareCard({ collection: 'articles', id: 'juliaca', data: stored[0]!.data as never }));
	assert.equal((card as { label: string }).label, 'Article');
});
