// Validates every built page with html-validate (.htmlvalidate.json: html-validate:recommended, with
// the two rules that conflict with the site's deliberate choices adjusted; see README.md, "Security and
// quality checks"), and lists every problem as page, rule and message.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { it } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { PROJECT_ROOT, builtSiteDir, listFiles } from './support.ts';

it('every built page is valid HTML under html-validate:recommended', async () => {
	const outDir = builtSiteDir();
	const pages = listFiles(outDir).filter((file) => file.endsWith('.html'));
	assert.ok(pages.length > 0, `no built pages in ${outDir}`);
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const problems: string[] = [];
	for (const page of pages) {
		const report = await validator.validateFile(join(outDir, page));
		for (const result of report.results)
			for (const message of result.messages) problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
	}
	assert.ok(PROJECT_ROOT);
	assert.deepEqual(problems, [], `${problems.length} HTML problems in ${pages.length} pages:\n${problems.join('\n')}`);
});
