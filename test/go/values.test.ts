import assert from 'node:assert/strict';
import { join } from 'node:path';
import type * as Values from '../../eslint-plugin/src/languages/go/values';
import type * as Durations from '../../eslint-plugin/src/languages/go/durations';
import type * as GoVersion from '../../eslint-plugin/src/targets/go-version';

const dist = join(__dirname, '..', '..', '..', 'eslint-plugin', 'dist');
const { parseDuration } = require(join(dist, 'languages', 'go', 'values')) as typeof Values;
const { goDuration } = require(join(dist, 'languages', 'go', 'durations')) as typeof Durations;
const { goLineVersions } = require(join(dist, 'targets', 'go-version')) as typeof GoVersion;

describe('Go durations', () => {
  it('parses what time.ParseDuration parses, in nanoseconds', () => {
    assert.equal(parseDuration('90s'), 90e9);
    assert.equal(parseDuration('1m30s'), 90e9);
    assert.equal(parseDuration('1.5h'), 5400e9);
    assert.equal(parseDuration('300ms'), 300e6);
    assert.equal(parseDuration('10µs'), 10e3);
    assert.equal(parseDuration('-2s'), -2e9);
    assert.equal(parseDuration('0'), 0);
  });

  it('gives no value where time.ParseDuration returns an error', () => {
    for (const text of ['', '90', 's', '1x', '1.s.', '5 s']) assert.equal(parseDuration(text), undefined, text);
  });

  it('writes milliseconds in Go: whole seconds, a second, milliseconds, or the unit it replaces', () => {
    assert.equal(goDuration(65000, 'time'), '65 * time.Second');
    assert.equal(goDuration(1000, 'time'), 'time.Second');
    assert.equal(goDuration(1500, 'time'), '1500 * time.Millisecond');
    assert.equal(goDuration(4000, 'clock'), '4 * clock.Second');
    assert.equal(goDuration(74000, 'time', '90000 * time.Millisecond'), '74000 * time.Millisecond');
  });
});

describe('the Go versions of a module', () => {
  it('reads the go line of go.mod as the least version', () => {
    assert.equal(goLineVersions('module example.com/m\n\ngo 1.19\n'), '>=1.19');
    assert.equal(goLineVersions('module m\ngo 1.22.3 // patch\ntoolchain go1.23.1\n'), '>=1.22.3');
    assert.equal(goLineVersions('module m\ngo 1.24rc1\n'), '>=1.24');
    assert.equal(goLineVersions('module m\n'), null);
  });
});
