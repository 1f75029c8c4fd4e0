import assert from 'node:assert/strict';
import { formatPath } from '../../src/content-model/problems.ts';

export interface ExpectedIssue {
	/** As an editor sees it: `figures[0].source`. */
	path: string;
	message: string | RegExp;
}

type ParseResult = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };

/** Asserts that parsing failed with exactly these issues, in this order. */
export function assertIssues(result: ParseResult, expected: ExpectedIssue[]): void {
	assert.equal(result.success, false, 'expected the input to be rejected');
	const issues = (result.error?.issues ?? []).map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
	assert.equal(issues.length, expected.length, `issues: ${JSON.stringify(issues)}`);
	expected.forEach((want, index) => {
		const got = issues[index];
		assert.ok(got, `missing issue ${index}`);
		assert.equal(got.path, want.path, `path of issue ${index}: ${JSON.stringify(issues)}`);
		if (typeof want.message === 'string') assert.equal(got.message, want.message);
		else assert.match(got.message, want.message);
	});
}
