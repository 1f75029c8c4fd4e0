import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateContent } from './generate.ts';
import { starterPost } from './starter-post.ts';

const files = generateContent(40, 3);

test('each generated article becomes a starter post with the same title, description, date and text', () => {
	const articles = files.filter((file) => file.path.startsWith('articles/'));
	const posts = articles.map(starterPost);
	assert.equal(posts.length, 40);
	for (const [index, post] of posts.entries()) {
		assert.ok(post);
		const article = articles[index]!.text;
		const [, head = ''] = post.text.split(/^---$/m);
		assert.deepEqual(
			head
				.trim()
				.split('\n')
				.map((line) => line.split(':')[0]),
			['title', 'description', 'pubDate'],
		);
		assert.ok(head.includes(/^title: (.*)$/m.exec(article)![1]!));
		assert.ok(head.includes(`pubDate: ${/^published: (.*)$/m.exec(article)![1]}`));
		assert.doesNotMatch(post.text, /<[A-Z]/, 'no component of ours is left for the starter to fail on');
		assert.equal(post.name, `${/articles\/(.*)\.mdx/.exec(articles[index]!.path)![1]}.mdx`);
	}
	assert.ok(
		posts.some((post) => post!.text.includes('\n> ')),
		'pull quotes become quotations',
	);
});

test('files other than articles are not posts', () => {
	for (const file of files.filter((candidate) => !candidate.path.startsWith('articles/'))) assert.equal(starterPost(file), undefined);
});
