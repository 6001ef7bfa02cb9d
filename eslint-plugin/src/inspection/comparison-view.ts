import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IdleComparison } from '../advice/compare';
import { formatDuration } from '../advice/format';
import type { Target } from '../targets';
import { sourceLink } from './source-link';
import type { ComparisonView, TargetView } from './types';

/** A target or comparison as plain data for editors, with its idle timeout for people and a link to its source. */
export function targetView(target: Target): TargetView {
  return {
    id: target.id,
    name: target.name,
    kind: target.kind,
    idleTimeoutMs: target.idleTimeoutMs,
    idle: formatDuration(target.idleTimeoutMs),
    source: target.source,
    sourceUrl: sourceLink(target.source),
    assumed: target.assumed,
    ...(target.origin ? { origin: originView(target.origin) } : {}),
  };
}

function originView({ root, file, line, directive, origin }: NonNullable<Target['origin']>): NonNullable<TargetView['origin']> {
  return { file, line, directive, origin, uri: `${pathToFileURL(join(root, file)).href}#L${line}` };
}

export function comparisonView(comparison: IdleComparison): ComparisonView {
  return { ...targetView(comparison.target), relation: comparison.relation, limitMs: comparison.limitMs, versions: comparison.versions };
}
