import type { Catalog, Opened, Report } from '../server/desk.ts';

const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
/** The session token the page was served with (scripts/editor/server/page.ts). */
const token = meta('editor-token');
const endpoint = meta('editor-api');
/** The site's base address in the preview. */
export const previewBase = meta('editor-preview');

/** The editor's server said no, in words to show the editor. */
export class Refused extends Error {}

async function call<T>(action: string, request: Record<string, unknown> = {}): Promise<T> {
	const response = await fetch(endpoint, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-editor-token': token },
		body: JSON.stringify({ action, ...request }),
	});
	const answer = (await response.json()) as T & { error?: string };
	if (!response.ok) throw new Refused(answer.error ?? `the editor answered ${response.status}`);
	return answer;
}

export interface DraftRequest {
	collection: string;
	id: string;
	version: string | undefined;
	data: Record<string, unknown>;
	body: string;
}

export const api = {
	catalog: () => call<Catalog>('catalog'),
	open: (collection: string, id: string) => call<Opened>('open', { collection, id }),
	create: (collection: string, id: string, title: string) => call<Opened>('new', { collection, id, title }),
	check: (draft: DraftRequest) => call<Report>('check', { ...draft }),
	save: (draft: DraftRequest) => call<Opened>('save', { ...draft }),
};

export type { Catalog, Opened, Report };
