import { join } from 'node:path';
import { z } from 'astro/zod';
import type { CardFile } from '../../share-cards/index.ts';

/** The manifest's address in the build: written by manifest-route.ts, read and deleted in astro:build:done. */
export const MANIFEST = 'share-cards.json';

const relativePath = z
	.string()
	.refine((path) => path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..'), {
		message: 'must be a path inside the output folder, such as "es/articles/x/share.png"',
	});

const manifestSchema = z
	.array(
		z.object({
			path: relativePath,
			card: z.object({ siteName: z.string(), label: z.string(), title: z.string(), footer: z.string() }),
		}),
	)
	.superRefine((cards, context) => {
		const seen = new Set<string>();
		cards.forEach(({ path }, index) => {
			if (seen.has(path)) context.addIssue({ code: 'custom', path: [index, 'path'], message: `"${path}" has two cards` });
			seen.add(path);
		});
	});

/** The cards a manifest lists, each with its file in the output folder `outDir`. */
export function cardFiles(manifest: string, outDir: string): CardFile[] {
	const parsed = manifestSchema.safeParse(JSON.parse(manifest));
	if (!parsed.success)
		throw new Error(
			`${MANIFEST}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(the list)'}: ${issue.message}`).join('; ')}`,
		);
	return parsed.data.map(({ path, card }) => ({ card, file: join(outDir, path) }));
}
