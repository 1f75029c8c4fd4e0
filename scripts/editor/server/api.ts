import type { IncomingMessage, ServerResponse } from 'node:http';
import { catalog, checkDraft, type Desk, type Draft, newEntry, openEntry, saveDraft } from './desk.ts';
import { Refusal } from './files.ts';
import { apiRefusal } from './guard.ts';

/** The largest request the editor reads: a long article with every field is a few hundred kilobytes. */
const MAX_BYTES = 4 * 1024 * 1024;

type Request = Record<string, unknown>;

const text = (request: Request, key: string): string => {
	const value = request[key];
	if (typeof value !== 'string') throw new Refusal(`${key} is missing`);
	return value;
};

function draft(request: Request): Draft {
	return {
		collection: text(request, 'collection'),
		id: text(request, 'id'),
		version: typeof request.version === 'string' ? request.version : undefined,
		data: request.data as Draft['data'],
		body: typeof request.body === 'string' ? request.body : '',
	};
}

/** What the editor's page can ask of it, by `action`. */
const ACTIONS: Record<string, (desk: Desk, request: Request) => unknown> = {
	catalog: (desk) => catalog(desk),
	open: (desk, request) => openEntry(desk, text(request, 'collection'), text(request, 'id')),
	new: (desk, request) => newEntry(desk, text(request, 'collection'), text(request, 'id'), typeof request.title === 'string' ? request.title : ''),
	check: (desk, request) => checkDraft(desk, draft(request)),
	save: (desk, request) => saveDraft(desk, draft(request)),
};

function answer(response: ServerResponse, status: number, body: unknown): void {
	response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
	response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<Request> {
	let size = 0;
	const chunks: Buffer[] = [];
	for await (const chunk of request) {
		size += (chunk as Buffer).length;
		if (size > MAX_BYTES) throw new Refusal('the request is too large', 413);
		chunks.push(chunk as Buffer);
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
	} catch {
		throw new Refusal('the request is not JSON');
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Refusal('the request is not a JSON object');
	return parsed as Request;
}

/** Answers one request to the editor's API, after checking that it comes from the editor's own page. */
export async function handleApi(desk: Desk, request: IncomingMessage, response: ServerResponse, port: number, token: string): Promise<void> {
	const refused = apiRefusal(request, port, token);
	if (refused) return answer(response, 403, { error: refused });
	try {
		const body = await readJson(request);
		const action = ACTIONS[String(body.action)];
		if (!action) throw new Refusal(`there is no action "${String(body.action)}"`);
		answer(response, 200, action(desk, body));
	} catch (error) {
		if (error instanceof Refusal) return answer(response, error.status, { error: error.message });
		answer(response, 500, { error: error instanceof Error ? error.message : String(error) });
	}
}
