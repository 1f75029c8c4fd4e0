import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { provideTools, type System, TOOLS } from './system-tools.ts';

interface Machine {
	present: string[];
	env?: System['env'];
	isRoot?: boolean;
	hasAptGet?: boolean;
	aptGetFails?: boolean;
}

/** A machine with the named tools, whose apt-get installs the packages it is given unless it fails. */
function provideOn(machine: Machine) {
	const present = new Set(machine.present);
	const aptGetCalls: string[][] = [];
	const said: string[] = [];
	const stop = provideTools({
		tools: TOOLS.map((tool) => ({ ...tool, found: () => present.has(tool.name) })),
		env: machine.env ?? {},
		isRoot: machine.isRoot ?? true,
		hasAptGet: machine.hasAptGet ?? true,
		aptGetInstall: (packages) => {
			aptGetCalls.push(packages);
			if (machine.aptGetFails) return;
			for (const tool of TOOLS) if (packages.includes(tool.debianPackage)) present.add(tool.name);
		},
		say: (line) => said.push(line),
	});
	return { stop, aptGetCalls, said };
}

const CHROMIUM_LINE = 'Chromium (`apt-get install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary)';
const NGINX_LINE = 'nginx (`apt-get install nginx-light`, or set NGINX_PATH to an nginx binary)';

describe('providing the tests’ system tools', () => {
	it('does nothing when Chromium and nginx are there', () => {
		assert.deepEqual(provideOn({ present: ['Chromium', 'nginx'] }), { stop: undefined, aptGetCalls: [], said: [] });
	});

	it('as root with apt-get, installs the package of each missing tool in one call, saying so in one line', () => {
		assert.deepEqual(provideOn({ present: [] }), {
			stop: undefined,
			aptGetCalls: [['chromium', 'nginx-light']],
			said: ['Installing chromium and nginx-light for the tests (apt-get)…'],
		});
		assert.deepEqual(provideOn({ present: ['nginx'] }).aptGetCalls, [['chromium']]);
		assert.deepEqual(provideOn({ present: ['Chromium'] }).aptGetCalls, [['nginx-light']]);
	});

	it('stops with one line naming what to install when not root', () => {
		assert.deepEqual(provideOn({ present: ['Chromium'], isRoot: false }), {
			stop: `The tests need ${NGINX_LINE}.`,
			aptGetCalls: [],
			said: [],
		});
		assert.equal(provideOn({ present: [], isRoot: false }).stop, `The tests need ${CHROMIUM_LINE} and ${NGINX_LINE}.`);
	});

	it('stops with the same line as root on a machine without apt-get', () => {
		assert.deepEqual(provideOn({ present: ['nginx'], hasAptGet: false }), {
			stop: `The tests need ${CHROMIUM_LINE}.`,
			aptGetCalls: [],
			said: [],
		});
	});

	it('checks again after apt-get, and stops if the tool is still missing', () => {
		const { stop, aptGetCalls } = provideOn({ present: ['Chromium'], aptGetFails: true });
		assert.deepEqual(aptGetCalls, [['nginx-light']]);
		assert.equal(stop, `The tests need ${NGINX_LINE}.`);
	});

	it('does not install a tool whose variable points at a missing binary: apt-get would not put it there', () => {
		const { stop, aptGetCalls } = provideOn({ present: [], env: { CHROMIUM_PATH: '/opt/chrome/chrome' } });
		assert.deepEqual(aptGetCalls, [['nginx-light']]);
		assert.equal(stop, `The tests need ${CHROMIUM_LINE}.`);
	});
});
