// The Java entries of the catalogue: every number with its source and versions, every class the finder resolves
// written as Java names it, every server's idle timeout taken from the server catalogue.
import assert from 'node:assert/strict';
import semver from 'semver';
import { javaClientLibraries, javaConnectionManagers, javaServerProducts, servers } from 'eslint-plugin-keepalive/catalog';

/** An official documentation URL, or `owner/repo:path` of the product's own source. */
const SOURCE = /^(https:\/\/\S+|[\w.-]+\/[\w.-]+:\S+)/;
const CLASS = /^[a-z][\w]*(\.[a-z][\w]*)*(\.[A-Z]\w*)+$/;

const validRange = (range: string) => semver.validRange(/^\d+(\.\d+)?$/.test(range) ? `${range}.x` : range) !== null;

describe('the Java catalogue', () => {
  for (const library of javaClientLibraries) {
    it(`${library.id}: defaults, setters, zero meanings and evictor timings carry sources and version ranges`, () => {
      for (const values of Object.values(library.defaults)) {
        for (const value of values ?? []) {
          assert.match(value.source, SOURCE);
          assert.ok(validRange(value.versions), `${library.id}: ${value.versions}`);
        }
      }
      for (const [method, setter] of Object.entries(library.setters)) assert.match(setter.source, SOURCE, method);
      for (const zero of Object.values(library.zeroMeans)) assert.match(zero!.source, SOURCE);
      for (const timing of library.evictor ?? []) assert.ok(validRange(timing.versions) && SOURCE.test(timing.source), timing.versions);
      for (const construction of library.constructions) {
        assert.match(construction.className, CLASS);
        if (construction.builderInstead) assert.match(construction.builderInstead.source, SOURCE);
      }
      assert.ok(library.failure.length > 0 && library.packages.length > 0);
      assert.ok(library.optionFor.idleTimeoutMs, 'names what sets the idle timeout');
    });
  }

  it('connection managers: classes and setter sources', () => {
    for (const manager of javaConnectionManagers) {
      assert.ok(javaClientLibraries.some((library) => library.id === manager.library));
      for (const construction of manager.constructions) assert.match(construction.className, CLASS);
      for (const setter of Object.values(manager.setters)) assert.match(setter.source, SOURCE);
      for (const value of manager.staleCheck?.defaults ?? []) assert.match(value.source, SOURCE);
    }
  });

  it("servers: each idle timeout is the server catalogue's own value, and each setter has its source", () => {
    for (const product of javaServerProducts) {
      const values = product.defaults.keepAliveTimeoutMs.values;
      assert.ok(servers.some((server) => server.idleTimeout === values), `${product.id} shares its numbers with servers.ts`);
      for (const setter of product.idleSetters) assert.match(setter.source, SOURCE);
      assert.match(product.source, SOURCE);
    }
  });
});
