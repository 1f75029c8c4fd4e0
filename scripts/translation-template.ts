import { stringify } from 'yaml';
import { languageName, type TranslationLanguage } from '../src/i18n/languages.ts';

interface OriginalFigure {
	id: string;
	wording: string;
	victims?: string;
	perpetrator?: string;
	place?: { region?: string };
	breakdown?: { label: string }[];
}

export interface Original {
	/** As an editor would type it: content/articles/x.mdx. */
	file: string;
	data: { title: string; description: string; figures?: OriginalFigure[]; image?: { alt: string } };
	body: string;
}

/** One YAML value, indented to sit under its key. */
function yaml(value: unknown, indent: string): string {
	return stringify(value, { lineWidth: 0, collectionStyle: 'flow' }).trimEnd().replace(/\n/g, `\n${indent}`);
}

/**
 * A translation to start from: every field the translation takes, holding the original's words to
 * write over, and the original's text. It is a draft, so that nothing of it is published until the
 * translator takes `draft: true` out.
 */
export function translationTemplate(original: Original, lang: TranslationLanguage, today: string): string {
	const language = languageName(lang, 'en');
	const figures = (original.data.figures ?? []).flatMap((figure) => {
		const prose: string[] = [];
		if (figure.victims !== undefined) prose.push(`    victims: ${yaml(figure.victims, '      ')}`);
		if (figure.perpetrator !== undefined) prose.push(`    perpetrator: ${yaml(figure.perpetrator, '      ')}`);
		if (figure.place?.region !== undefined) prose.push(`    region: ${yaml(figure.place.region, '      ')}`);
		if (figure.breakdown !== undefined)
			prose.push(
				`    breakdown: ${yaml(
					figure.breakdown.map((part) => part.label),
					'      ',
				)}`,
			);
		if (prose.length === 0) return [];
		return [`  # The source's words, which stay as they are: ${JSON.stringify(figure.wording)}`, `  ${figure.id}:`, ...prose];
	});
	return `---
# ${language} translation of ${original.file}. Write every value below, and the text under the
# second "---", in ${language}; then delete "draft: true" and run \`npm run check\`.
# Authors, topics, countries, sources, events and every figure's numbers, dates and the source's own
# words come from the original: they are not repeated here, so they cannot differ between languages.
title: ${yaml(original.data.title, '  ')}
description: ${yaml(original.data.description, '  ')}
# The day the translation goes live, YYYY-MM-DD.
translated: ${today}
draft: true
${
	figures.length > 0
		? `# How each figure's people, perpetrators, places and breakdown read in ${language}, by figure id.\nfigures:\n${figures.join('\n')}\n`
		: ''
}${original.data.image ? `# The picture, described for readers who cannot see it.\nimage:\n  alt: ${yaml(original.data.image.alt, '    ')}\n` : ''}---
${original.body}`;
}
