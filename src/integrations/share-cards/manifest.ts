import { join } from 'node:path';
import { z } from 'astro/zod';
import type { CardFile } from '../../share-cards/index.ts';
import { parseManifest, pathInOutput } from '../build-manifest.ts';

/** The manifest's address in the build: written by manifest-route.ts, read and deleted by index.ts once the pages are generated. */
export const MANIFEST = 'share-cards.json';

const relativePath = pathInOutput('must be a path inside the output folder, such as "es/articles/x/share.png"');

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
	return parseManifest(MANIFEST, manifest, manifestSchema).map(({ path, card }) => ({ card, file: join(outDir, path) }));
}
