import type { CollectionEntry } from 'astro:content';
import type { Language } from '../../i18n/languages.ts';
import { t } from '../../i18n/ui.ts';
import { authorsWithEntries, countriesWithEntries, topicsWithEntries } from '../taxonomy.ts';
import { urls } from '../urls.ts';

/** One RSS feed of the site: what readers call it, what it is about, where it is and which page it follows. */
export interface FeedInfo {
	title: string;
	description: string;
	lang: Language;
	/** The feed's address, base included (not yet absolute). */
	rss: string;
	/** The page the feed follows. */
	page: string;
	/** What a list of feeds calls it: the topic's, country's or author's name. */
	name: string;
}

function termTitle(lang: Language, name: string): string {
	return t(lang, 'feeds.termTitle', { name, site: t(lang, 'site.name') });
}

/** Every published entry in the language. */
export function siteFeed(lang: Language): FeedInfo {
	const title = t(lang, 'site.name');
	return { title, name: title, description: t(lang, 'site.description'), lang, rss: urls.rss(lang), page: urls.home(lang) };
}

export function topicFeed(lang: Language, topic: CollectionEntry<'topics'>): FeedInfo {
	const { name, description } = topic.data;
	return { title: termTitle(lang, name), name, description, lang, rss: urls.topicRss(lang, topic.id), page: urls.topic(lang, topic.id) };
}

export function countryFeed(lang: Language, code: string, name: string): FeedInfo {
	const description = t(lang, 'country.description', { name });
	return { title: termTitle(lang, name), name, description, lang, rss: urls.countryRss(lang, code), page: urls.country(lang, code) };
}

export function authorFeed(lang: Language, author: CollectionEntry<'authors'>): FeedInfo {
	const { name } = author.data;
	const description = t(lang, 'feeds.authorDescription', { name });
	return { title: termTitle(lang, name), name, description, lang, rss: urls.authorRss(lang, author.id), page: urls.author(lang, author.id) };
}

/** Every per-topic, per-country and per-author feed, as the site builds them (one for each such page). */
export function termFeeds(lang: Language): { topics: FeedInfo[]; countries: FeedInfo[]; authors: FeedInfo[] } {
	return {
		topics: topicsWithEntries(lang).map(({ topic }) => topicFeed(lang, topic)),
		countries: countriesWithEntries(lang).map(({ code, name }) => countryFeed(lang, code, name)),
		authors: authorsWithEntries(lang).map(({ author }) => authorFeed(lang, author)),
	};
}
