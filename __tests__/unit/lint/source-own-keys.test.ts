/**
 * A lock's `type` is the fork's to choose: one named like an Object.prototype property (`toString`, `constructor`,
 * `__proto__`) is an unknown type like any other, not a forge looked up through the prototype (which made three
 * rules fail with "toLowerCase is not a function").
 */
import { expect, test } from '@jest/globals';
import type { LockNode } from '../../../src/flake/flake-types.js';
import { originOf, sourceOf } from '../../../src/lint/source.js';

test.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])('type %s is not a forge', (type) => {
  const attrs = { type, owner: 'o', repo: 'r' };
  const node: LockNode = { key: 'x', inputs: new Map(), flake: true, line: 1, original: attrs, locked: attrs };
  expect(sourceOf(node)).toBeUndefined();
  expect(originOf(node)).toBeUndefined();
});
