// Validates every file under content/ (or $CONTENT_DIR) and lists every problem at once.
import { checkContentFolder } from '../src/content-model/check.ts';
import { formatProblems } from '../src/content-model/validate.ts';

const problems = checkContentFolder();
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log('Content: no problems found.');
