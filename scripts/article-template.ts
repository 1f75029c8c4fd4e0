/** A file name for a title: "Lima, 19 de enero" → "lima-19-de-enero". */
export function slugify(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
}

/** A new article with every frontmatter field laid out and explained. `today` is YYYY-MM-DD. */
export function articleTemplate(title: string, today: string): string {
	return `---
# The headline.
title: ${JSON.stringify(title)}
# One sentence that sums the piece up: shown in lists, in search results and in feeds.
description: "Write one sentence here."
# The day this goes live, YYYY-MM-DD. It cannot be in the future.
published: ${today}
# When you change the piece after publishing, set this and add a note under corrections.
# updated: ${today}
# Ids of files in content/authors/ (the file name without .yaml).
authors: [editorial-team]
# Ids of files in content/topics/.
tags: [repression]
# ISO country codes, in capitals: PE Peru, BO Bolivia, CO Colombia, MX Mexico …
countries: [PE]
# Optional picture at the top. The file sits next to this one or in content/images/.
# image:
#   src: ../images/example.jpg
#   alt: "What the picture shows, for readers who cannot see it."
#   credit: "Photographer or agency"
#   licence: "CC BY-SA 4.0"
# If the piece first appeared elsewhere: where, and when (YYYY, YYYY-MM or YYYY-MM-DD).
# republished:
#   publication: "Name of the publication"
#   date: "2023-03"
# Ids of files in content/sources/, in the order you first cite them: the first is [1], the next [2] …
# Cite them in the text with <Cite id="the-source-id" />.
sources: []
# Every casualty or repression figure the text mentions, exactly as its source gives it.
figures: []
#  - id: a-unique-id-for-this-figure
#    category: killed            # killed, injured, detained, disappeared, displaced, press-aggressions, other
#    qualifier: more-than        # exact, at-least, more-than, nearly, about, estimated, or range (then min and max instead of value)
#    value: 70
#    unit: people                # people or incidents
#    wording: "the source's own words, copied exactly"
#    victims: protesters         # who, where the source says
#    perpetrator: state security forces   # by whom, where the source says
#    period: { from: "2022-12-07", to: "2023-01-26" }
#    reported: "2023-01-26"      # when the source published the figure
#    place: { country: PE, region: Puno }
#    breakdown:                  # parts the source gives, if any
#      - { label: children, qualifier: exact, value: 7 }
#    source: id-of-who-counted   # must be in sources above
#    via: id-of-where-we-read-it # only if we know the figure through another publication; also in sources
# Ids of files in content/events/ that this piece covers: it is linked from each on the timeline.
events: []
# Dated notes of changes after publication.
corrections: []
#  - date: ${today}
#    note: "What was wrong, and what it says now."
# The language the piece is written in.
lang: en
# Drafts are shown by \`npm run dev\` and never published. Set to false when the piece is ready.
draft: true
---

Write the article here. Start sections with \`## Heading\`.

<PullQuote by="Who said it" source="the-source-id">Their exact words.</PullQuote>

<CallToAction title="What readers can do">One or two sentences.</CallToAction>
`;
}
