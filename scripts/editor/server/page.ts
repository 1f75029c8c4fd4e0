/**
 * The editor's page: a shell for the client in ../client/, which Vite serves as plain modules. It is
 * served by the editor itself rather than as an Astro page, so that Vite's live-reload client is not
 * on it: saving a file makes the preview reload its pages, and the form must not reload with them.
 */

/** What the browser may load on the editor's page: nothing but the editor's own address. */
export const PAGE_POLICY = [
	"default-src 'none'",
	"script-src 'self'",
	"style-src 'self'",
	"connect-src 'self'",
	"img-src 'self' data:",
	"form-action 'none'",
	"base-uri 'none'",
	"frame-ancestors 'none'",
].join('; ');

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function editorPage(options: { token: string; api: string; preview: string; script: string; stylesheet: string }): string {
	return `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="robots" content="noindex, nofollow" />
		<meta name="editor-token" content="${escape(options.token)}" />
		<meta name="editor-api" content="${escape(options.api)}" />
		<meta name="editor-preview" content="${escape(options.preview)}" />
		<link rel="icon" href="data:," />
		<link rel="stylesheet" href="${escape(options.stylesheet)}" />
		<title>Editors’ desk</title>
	</head>
	<body>
		<div id="app"><p>Loading the editor…</p></div>
		<script type="module" src="${escape(options.script)}"></script>
	</body>
</html>
`;
}
