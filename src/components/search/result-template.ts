import type { Language } from '../../i18n/languages.ts';
import { t } from '../../i18n/ui.ts';

/** Interface text as it goes into a template that Pagefind turns into HTML. */
function escape(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\{/g, '&#123;');
}

/**
 * How one search result is shown, in the Component UI's template language: its kind, title, date and
 * authors (metadata written by src/components/entry/SearchData.astro), the excerpt with the matching
 * words marked, and the sections of the entry that match, each with its own excerpt.
 * {{ … }} escapes what it prints; {{+ … +}} prints Pagefind's excerpts, whose only markup is <mark>.
 */
export function resultTemplate(lang: Language): string {
	return `<li class="search-result">
	<p class="search-result-kind">{{ meta.kind }}</p>
	<h2 class="search-result-title"><a class="search-result-link" href="{{ url | safeUrl }}">{{ meta.title }}</a></h2>
	<p class="search-result-meta">
		{{#if meta.published}}<time datetime="{{ meta.published }}">{{ meta.date }}</time>{{/if}}
		{{#if meta.authors}}<span>${escape(t(lang, 'entry.by'))} {{ meta.authors }}</span>{{/if}}
	</p>
	{{#if meta.image}}<img class="search-result-image" src="{{ meta.image | safeUrl }}" alt="" loading="lazy">{{/if}}
	{{#if excerpt}}<p class="search-result-excerpt">{{+ excerpt +}}</p>{{/if}}
	{{#if sub_results}}
	<ul class="search-result-sections">
		{{#each sub_results as sub}}
		<li>
			<a class="search-result-section" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a>
			<p class="search-result-excerpt">{{+ sub.excerpt +}}</p>
		</li>
		{{/each}}
	</ul>
	{{/if}}
</li>`;
}

/** What stands in for a result while its details load. */
export const PLACEHOLDER_TEMPLATE = '<li class="search-result search-result-placeholder" aria-hidden="true"></li>';
