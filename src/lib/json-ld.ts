/**
 * JSON-LD goes inside a <script> element, where "</script>" or "<!--" in a title would end or
 * break it: every "<" (and the JavaScript line separators) is written as a Unicode escape.
 */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

export interface ArticleLdInput {
	url: string;
	headline: string;
	description: string;
	lang: string;
	datePublished: string;
	dateModified?: string | undefined;
	authors: { name: string; url: string }[];
	publisher: { name: string; url: string; logo: string };
	image: string;
	keywords: string[];
	/** For a translation: the address of the original. */
	translationOf?: string | undefined;
	/** For a summary: the article it summarises. */
	basedOn?: { name: string; author?: string | undefined; publisher?: string | undefined } | undefined;
}

export function newsArticleLd(input: ArticleLdInput) {
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		mainEntityOfPage: input.url,
		url: input.url,
		headline: input.headline,
		description: input.description,
		inLanguage: input.lang,
		datePublished: input.datePublished,
		dateModified: input.dateModified ?? input.datePublished,
		author: input.authors.map((author) => ({ '@type': 'Organization', name: author.name, url: author.url })),
		publisher: {
			'@type': 'Organization',
			name: input.publisher.name,
			url: input.publisher.url,
			logo: { '@type': 'ImageObject', url: input.publisher.logo },
		},
		image: [input.image],
		keywords: input.keywords,
		...(input.translationOf ? { translationOfWork: { '@type': 'NewsArticle', url: input.translationOf } } : {}),
		...(input.basedOn
			? {
					isBasedOn: {
						'@type': 'CreativeWork',
						name: input.basedOn.name,
						...(input.basedOn.author ? { author: { '@type': 'Person', name: input.basedOn.author } } : {}),
						...(input.basedOn.publisher ? { publisher: { '@type': 'Organization', name: input.basedOn.publisher } } : {}),
					},
				}
			: {}),
	};
}

export function websiteLd(input: { url: string; name: string; description: string; lang: string }) {
	return { '@context': 'https://schema.org', '@type': 'WebSite', ...input, inLanguage: input.lang };
}
