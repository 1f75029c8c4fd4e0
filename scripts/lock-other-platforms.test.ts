import assert from 'node:assert/strict';
import { test } from 'node:test';
import { platformOf } from './lock-other-platforms.ts';

test('platformOf reads os, cpu and libc from a platform package name', () => {
	assert.deepEqual(platformOf('@pagefind/windows-x64'), { os: ['win32'], cpu: ['x64'] });
	assert.deepEqual(platformOf('@pagefind/darwin-arm64'), { os: ['darwin'], cpu: ['arm64'] });
	assert.deepEqual(platformOf('@astrojs/compiler-binding-linux-arm64-musl'), { os: ['linux'], cpu: ['arm64'], libc: ['musl'] });
	assert.deepEqual(platformOf('@astrojs/compiler-binding-linux-x64-gnu'), { os: ['linux'], cpu: ['x64'], libc: ['glibc'] });
	assert.deepEqual(platformOf('@astrojs/compiler-binding-wasm32-wasi'), { cpu: ['wasm32'] });
});

test('platformOf leaves alone a package whose name names no cpu', () => {
	assert.equal(platformOf('fsevents'), undefined);
});
