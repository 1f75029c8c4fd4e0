/**
 * One key per entry and language, an original and each of its translations apart: for work that a build
 * does once per version of an entry (its share card, its rendered text, its feed body).
 */
export const versionKey = ({ collection, id, data }: { collection: string; id: string; data: { lang: string } }): string =>
	`${data.lang}/${collection}/${id}`;
