/** Feeds: RSS 2.0 and JSON Feed 1.1 of the whole site and of each topic, country and author, in every language. */
export { authorFeed, countryFeed, type FeedInfo, siteFeed, termFeeds, topicFeed } from './catalogue.ts';
export { jsonFeedResponse, rssResponse } from './responses.ts';
