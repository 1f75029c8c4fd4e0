import type { FigureCategory, Qualifier } from '../schemas/figure.ts';
import type { SourceKind } from '../schemas/source.ts';
import { DEFAULT_LANGUAGE, type Language } from './languages.ts';

/**
 * Every piece of interface text, per language. A new language is a new object with the same keys;
 * TypeScript refuses it until every key is translated.
 */
const en = {
	'site.name': 'Peru Solidarity Record',
	'site.tagline': 'A sourced record of the coup against Pedro Castillo and the repression that followed.',
	'site.about':
		'We are a volunteer solidarity campaign with the people of Peru and Latin America. We document what happened since 7 December 2022, and every number we publish names who counted it.',
	'site.description':
		'Sourced coverage of the removal of President Pedro Castillo in Peru and the protests and killings that followed: every figure names its source.',
	'skip.link': 'Skip to content',
	'nav.label': 'Main',
	'nav.home': 'Home',
	'nav.archive': 'Archive',
	'nav.figures': 'Figures',
	'nav.sources': 'Sources',
	'nav.timeline': 'Timeline',
	'nav.topics': 'Topics',
	'nav.countries': 'Countries',
	'nav.about': 'About',
	'nav.feeds': 'Feeds',
	'search.label': 'Search the site',
	'search.button': 'Search',
	'search.title': 'Search',
	'search.description': 'Search every article and summary we have published, and the words of every figure they cite.',
	'search.noscript':
		'Search needs JavaScript, which is turned off or not available in this browser. Everything we have published is also listed in the archive, and by topic and country.',
	'search.devNotice':
		'Search works only on the built site: its index is made when the site is built. Run npm start to build the site and try search there.',
	'search.filters': 'Narrow the results',
	'search.filter.topic': 'Topic',
	'search.filter.country': 'Country',
	'search.filter.author': 'Author',
	'search.filter.year': 'Year',
	'search.filter.type': 'Type',
	'search.ui.label': 'Search articles and summaries',
	'search.ui.placeholder': 'Words to search for',
	'search.ui.hint': 'Results appear as you type',
	'search.ui.clear': 'Clear',
	'search.ui.results': 'Search results',
	'search.ui.searching': 'Searching for {term}…',
	'search.ui.noResults': 'No results for {term}',
	'search.ui.oneResult': '{count} result for {term}',
	'search.ui.manyResults': '{count} results for {term}',
	'search.ui.totalNoResults': 'No results',
	'search.ui.totalOneResult': '{count} result',
	'search.ui.totalManyResults': '{count} results',
	'search.ui.otherTerm': 'No results for {term}. Showing results for {other} instead',
	'search.ui.suggestions': 'No results for {term}. Try one of these searches:',
	'search.ui.loadMore': 'Load more results',
	'search.ui.loading': 'Loading',
	'search.ui.failed': 'Search failed',
	'search.ui.filters': 'Filters',
	'search.ui.selected': '{count} selected',
	'search.ui.keyNavigate': 'navigate',
	'search.ui.keySelect': 'select',
	'search.ui.keyClear': 'clear',
	'search.ui.keyClose': 'close',
	'search.ui.keySearch': 'search',
	'footer.note': 'Every figure on this site names its source. No cookies, no trackers, nothing loaded from elsewhere.',
	'home.latest': 'Latest articles',
	'home.summaries': 'Coverage by others, summarised',
	'home.summariesIntro': 'Our summaries of articles published elsewhere, each with the figures it reports.',
	'home.waysIn': 'Ways in',
	'home.allArticles': 'All articles and summaries',
	'home.moreAbout': 'How we work and source figures',
	'kind.article': 'Article',
	'kind.summary': 'Summary',
	'kind.summaryOf': 'Summary of another publication’s article',
	'entry.by': 'By',
	'entry.and': 'and',
	'entry.published': 'Published',
	'entry.updated': 'Updated',
	'entry.readingTime': '{minutes} min read',
	'entry.toc': 'Contents',
	'entry.topics': 'Topics',
	'entry.countries': 'Countries',
	'entry.previous': 'Previous',
	'entry.next': 'Next',
	'entry.pagination': 'More articles',
	'entry.republished': 'First published in {publication}, {date}.',
	'entry.summaryNote':
		'This is our summary of an article published elsewhere: {title} ({author}; {publisher}; {date}). The words are ours; the figures are the article’s own, listed below with its reference.',
	'entry.authorNotStated': 'author not stated',
	'entry.corrections': 'Corrections',
	'entry.eventsCovered': 'Events covered',
	'image.credit': 'Image: {credit}, {licence}',
	'figures.heading': 'Figures cited',
	'figures.intro': 'Every number this piece mentions, as its source gave it.',
	'figures.wording': 'Source’s words',
	'figures.period': 'Period',
	'figures.reported': 'Reported',
	'figures.victims': 'Who',
	'figures.perpetrator': 'By',
	'figures.place': 'Where',
	'figures.breakdown': 'Of whom',
	'figures.source': 'Source',
	'figures.asReportedBy': 'as reported by',
	'references.heading': 'References',
	'references.party': 'Party to the events',
	'references.publisherNotStated': 'Publisher not stated',
	'references.link': 'Read the source',
	'references.dateNotStated': 'Date not stated',
	'references.descriptiveTitle': 'our description; the document’s own title is not known to us',
	'cite.label': 'Source {number}',
	'pullquote.source': 'Source',
	'archive.title': 'Archive',
	'archive.description': 'Everything we have published, newest first.',
	'archive.page': 'Page {page} of {pages}',
	'archive.newer': 'Newer',
	'archive.older': 'Older',
	'topics.title': 'Topics',
	'topics.description': 'What we cover, by subject.',
	'topic.entries': '{count} entries',
	'countries.title': 'Countries',
	'countries.description': 'What we cover, by country.',
	'country.description': 'Our articles and summaries about {name}.',
	'author.entries': 'Written by {name}',
	'share.siteLabel': 'Every figure sourced',
	'share.heading': 'Share this',
	'share.email': 'E-mail',
	'feeds.title': 'Feeds',
	'feeds.description': 'Follow what we publish in a feed reader: how to subscribe, and the address of every feed of the site.',
	'feeds.intro': 'Follow what we publish without visiting the site, signing up or giving anyone your e-mail address.',
	'feeds.whatHeading': 'What a feed is',
	'feeds.what':
		'A feed is a list of everything a website publishes, kept up to date at one address. A feed reader is an app on your phone or computer, or a website, that checks the feeds you subscribe to and shows you each new piece as it appears. Many are free, and some e-mail programs and browsers have one built in.',
	'feeds.fullText':
		'Our feeds carry the full text of every article and summary, with the figures it cites and its references, so you can read it in your reader. Nobody learns who subscribes: the reader simply fetches the feed.',
	'feeds.howHeading': 'How to subscribe',
	'feeds.howCopy': 'Copy the address of a feed below: select it, or right-click (long-press on a phone) the link and copy it.',
	'feeds.howPaste': 'In your feed reader, choose “Add feed”, “Subscribe” or “+”, and paste the address.',
	'feeds.howFind': 'Many readers also find our feeds by themselves when you give them the address of any page of this site.',
	'feeds.siteHeading': 'Everything we publish',
	'feeds.siteRss': 'All articles and summaries',
	'feeds.siteJson': 'The same, as a JSON Feed',
	'feeds.topicsHeading': 'By topic',
	'feeds.countriesHeading': 'By country',
	'feeds.authorsHeading': 'By author',
	'feeds.termTitle': '{name} · {site}',
	'feeds.authorDescription': 'Articles and summaries by {name}.',
	'feeds.rssLink': '{title} (RSS)',
	'feeds.jsonLink': '{title} (JSON Feed)',
	'feeds.subscribe': 'Subscribe to the feed for {name}',
	'feeds.whatIsThis': 'How feeds work',
	'figuresPage.title': 'Figures',
	'figuresPage.description':
		'Every casualty and repression figure our articles and summaries cite, as each source gave it: who counted, when, over what period, and in which words.',
	'figuresPage.intro':
		'Each row is one report: a number as one source gave it, on one date. When several of our pieces cite the same report it appears once, with every piece that cites it. Different reports are never merged, and never averaged.',
	'figuresPage.contents': 'Categories',
	'figuresPage.data': 'The same figures as open data:',
	'figuresPage.why.heading': 'Why the figures differ',
	'figuresPage.why.what':
		'They count different things. One source counts protesters killed, another everyone killed by the police and the armed forces, and a count rarely says whether it includes deaths that force did not cause directly. The source’s own words, quoted in each row, say what it counted.',
	'figuresPage.why.period':
		'They cover different periods. Each count stops on the day it was taken, and the killing did not stop with it, so a count from early January cannot match one that runs to the end of February. Each row gives the period a count covers and the date it was reported.',
	'figuresPage.why.verification':
		'They are checked in different ways. A human-rights organisation documents case by case; a newspaper may estimate; a speech or a statement may give a total without saying how it was reached. We keep “at least”, “about” and “more than” exactly as the source wrote them.',
	'figuresPage.why.who':
		'Different people report them. Some sources are parties to the events, such as a government or the removed president, and are labelled as such wherever they are cited. Some figures we know only because another publication relayed them, and we name that publication too.',
	'figuresPage.why.noAverage':
		'So we set the reports side by side and do not average them: an average of counts taken on different dates, by different people, under different definitions, would be a number nobody counted.',
	'figuresPage.samePeriod': 'Same period, different numbers: {period}',
	'figuresPage.samePeriodNote': 'These reports cover exactly the same period and do not agree. They are set side by side, not averaged.',
	'figuresPage.notCharted':
		'The figures in this group count unlike things, from roadblocks to people without enough food, so they are not drawn on one chart; the table lists them.',
	'figuresPage.tableCaption': '{category}: every report, by date reported',
	'figuresPage.breakdown': 'of whom {parts}',
	'figuresPage.col.reported': 'Reported',
	'figuresPage.col.number': 'Number',
	'figuresPage.col.wording': 'Source’s words',
	'figuresPage.col.period': 'Period',
	'figuresPage.col.who': 'Who, and by whom',
	'figuresPage.col.source': 'Source',
	'figuresPage.col.citedIn': 'Cited in',
	'figuresPage.none': 'No figures have been published yet.',
	'chart.title': '{category}: reported figures over time',
	'chart.description':
		'A chart with one mark per report, placed at the date it was reported and at the number it gave, on an axis that starts at 0. {reports}. The table below gives the same data.',
	'chart.descriptionItem': '{number} ({source}, reported {date})',
	'chart.sources': 'Sources',
	'chart.marks': 'Reading the marks',
	'chart.mark.exact': 'filled mark: an exact count',
	'chart.mark.approximate': 'open mark: “about” or “an estimated”',
	'chart.mark.at-least': 'arrow up: “at least” or “more than”',
	'chart.mark.nearly': 'arrow down: “nearly”',
	'chart.mark.range': 'bar: a range, from its low to its high end',
	'chart.mark.span': 'line across: dated only to a month or a year, drawn across it',
	'sourcesPage.title': 'Sources',
	'sourcesPage.description': 'Every document our articles, summaries and timeline cite, grouped by kind, with who published it and when.',
	'sourcesPage.intro':
		'Each document is listed once, as far as we know who published it and when. Open one to see every article, summary, figure and event on this site that cites it.',
	'sourcesPage.background': 'Background reading',
	'source.description': 'A source this site cites, with every article, summary, figure and event that cites it.',
	'source.about': 'About this source',
	'source.publisher': 'Publisher',
	'source.authors': 'Authors',
	'source.kind': 'Kind',
	'source.published': 'Published',
	'source.notes': 'How we know it',
	'source.partyNote': 'it took part in what it describes. Read its account, and any figure it gives, as its own.',
	'source.backgroundNote': 'Listed as background reading: no article, summary or event cites it.',
	'source.citedIn': 'Cited in',
	'source.notCitedByEntries': 'No article or summary cites it.',
	'source.events': 'Events it dates',
	'source.counted': 'Figures it reported',
	'source.relayed': 'Figures we know through it',
	'source.relayedNote': 'Counted by someone else; our pieces read them here.',
	'source.all': 'All sources',
	'timeline.title': 'Timeline',
	'timeline.description': 'What happened when, each event dated as precisely as its sources allow and linked to our articles about it.',
	'timeline.intro':
		'Each event is dated only as precisely as our sources date it: a month or a year where they give no day. Each names the sources that date it and the pieces on this site that cover it.',
	'timeline.sources': 'Sources',
	'timeline.coveredBy': 'On this site',
	'data.figuresJson': 'figures (JSON)',
	'data.figuresCsv': 'figures (CSV)',
	'data.sourcesJson': 'sources (JSON)',
	'data.eventsJson': 'events (JSON)',
	'data.licence': 'Our data are free to reuse under CC BY 4.0; quoted wording stays the words of its source.',
	'notFound.title': 'Page not found',
	'notFound.text': 'There is no page at this address. It may have moved, or the link may be mistyped.',
	'notFound.home': 'Go to the home page',
	'notFound.archive': 'Browse the archive',
} as const;

export type UiKey = keyof typeof en;

const STRINGS: Record<Language, Record<UiKey, string>> = { en };

/** Interface text in a language, with `{name}` placeholders filled in. */
export function t(lang: Language, key: UiKey, values: Record<string, string | number> = {}): string {
	const text = STRINGS[lang][key] ?? STRINGS[DEFAULT_LANGUAGE][key];
	return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Labels for enumerated values, per language. */
const LABELS: Record<
	Language,
	{
		category: Record<FigureCategory, string>;
		qualifier: Record<Exclude<Qualifier, 'range'>, string>;
		unit: Record<'people' | 'incidents', [one: string, other: string]>;
		sourceKind: Record<SourceKind, string>;
	}
> = {
	en: {
		category: {
			killed: 'Killed',
			injured: 'Injured',
			detained: 'Detained',
			disappeared: 'Disappeared',
			displaced: 'Displaced',
			'press-aggressions': 'Aggressions against the press',
			other: 'Other',
		},
		qualifier: {
			exact: '',
			'at-least': 'at least',
			'more-than': 'more than',
			nearly: 'nearly',
			about: 'about',
			estimated: 'an estimated',
		},
		unit: { people: ['person', 'people'], incidents: ['incident', 'incidents'] },
		sourceKind: {
			'human-rights-organisation': 'Human-rights organisation',
			'intergovernmental-body': 'UN or inter-American body',
			'state-body': 'State body',
			press: 'Press',
			'political-statement': 'Political actor’s statement',
			academic: 'Academic',
			other: 'Other',
		},
	},
};

export function labels(lang: Language) {
	return LABELS[lang];
}
