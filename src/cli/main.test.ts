// The binary itself, as a user runs it: wiring, exit codes, and which stream gets what.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8', cwd: fileURLToPath(new URL('../..', import.meta.url)) });

describe('sitrep binary', () => {
  it('prints help on stdout and exits 0', () => {
    const r = run('--help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^usage: sitrep COMMAND/);
  });
  it('exits 2 on an unknown command, with the message on stderr', () => {
    const r = run('nope');
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /unknown command "nope"/);
  });
});
