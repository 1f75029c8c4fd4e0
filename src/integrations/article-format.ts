import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BodySyntaxError, parseMdx, refusedIn } from '../content-model/body.ts';

/**
 * No MDX file is compiled unless it keeps to the closed article format
 * (src/content-model/article-format.ts). The content loader already refuses such a file, so that a
 * build stops before compiling anything; this guards the compiler itself, in `npm run dev` above all,
 * where a file edited after the preview started is compiled when its page is next asked for.
 */
export function articleFormat(): AstroIntegration {
	return {
		name: 'campaign:article-format',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const root = fileURLToPath(config.root);
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'campaign:article-format',
								enforce: 'pre',
								transform: {
									order: 'pre',
									filter: { id: /\.mdx($|\?)/ },
									handler(code, id) {
										const file = relative(root, id.replace(/\?.*$/, ''));
										const refused = refusals(code);
										if (refused.length === 0) return null;
										const error = new Error(
											`${file} does not keep to the article format, so it is not compiled:\n${refused.map(({ line, message }) => `  line ${line}: ${message}`).join('\n')}`,
										);
										Object.assign(error, { loc: { file: id, line: refused[0]?.line, column: 1 } });
										throw error;
									},
								},
							},
						],
					},
				});
			},
		},
	};
}

function refusals(code: string): { line: number; message: string }[] {
	try {
		return refusedIn(parseMdx(code));
	} catch (error) {
		if (error instanceof BodySyntaxError) return [{ line: error.line, message: error.message }];
		throw error;
	}
}
