import type { Language } from '../../i18n/languages.ts';
import { t } from '../../i18n/ui.ts';

/** Interface text as it goes into a template that Pagefind turns into HTML. */
function escape(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\{/g, '&#123;');
}

/** On the text of a result written in another language than the page's: which. */
const IN_ITS_LANGUAGE = '{{#if meta.inLanguage}} lang="{{ meta.lang }}"{{/if}}';
/** On the links of such a result: the language of the page they lead to. */
const LEADS_TO_LANGUAGE = '{{#if meta.inLanguage}} lang="{{ meta.lang }}" hreflang="{{ meta.lang }}"{{/if}}';

/**
 * How one search result is shown, in the Component UI's template language: its kind, title, date and
 * authors (metadata recorded by src/lib/search/), the excerpt with the matching words marked, and the
 * sections of the entry that match, each with its own excerpt. A piece not yet translated into the
 * page's language is marked as being in its own ("In English"), as the lists mark it.
 * {{ … }} escapes what it prints; {{+ … +}} prints Pagefind's excerpts, whose only markup is <mark>.
 */
export function resultTemplate(lang: Language): string {
	return `<li class="search-result">
	<p class="search-result-kind">{{ meta.kind }}</p>
	{{#if meta.inLanguage}}<p class="search-result-language">{{ meta.inLanguage }}</p>{{/if}}
	<h2 class="search-result-title"><a class="search-result-link" href="{{ url | safeUrl }}"${LEADS_TO_LANGUAGE}>{{ meta.title }}</a></h2>
	<p class="search-result-meta">
		{{#if meta.published}}<time datetime="{{ meta.published }}">{{ meta.date }}</time>{{/if}}
		{{#if meta.authors}}<span>${escape(t(lang, 'entry.by'))} {{ meta.authors }}</span>{{/if}}
	</p>
	{{#if meta.image}}<img class="search-result-image" src="{{ meta.image | safeUrl }}" alt="" loading="lazy">{{/if}}
	{{#if excerpt}}<p class="search-result-excerpt"${IN_ITS_LANGUAGE}>{{+ excerpt +}}</p>{{/if}}
	{{#if sub_results}}
	<ul class="search-result-sections">
		{{#each sub_results as sub}}
		<li>
			<a class="search-result-section" href="{{ sub.url | safeUrl }}"${LEADS_TO_LANGUAGE}>{{ sub.title }}</a>
			<p class="search-result-excerpt"${IN_ITS_LANGUAGE}>{{+ sub.excerpt +}}</p>
		</li>
		{{/each}}
	</ul>
	{{/if}}
</li>`;
}

/** What stands in for a result while its details load. */
export const PLACEHOLDER_TEMPLATE = '<li class="search-result search-result-placeholder" aria-hidden="true"></li>';
