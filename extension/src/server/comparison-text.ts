import type { ComparisonView, IdleRelation, TimeoutReport } from 'eslint-plugin-keepalive/inspect';

/** Marks for the plugin's comparison verdicts, shared by inlay hints and hovers. */
export const RELATION_MARK: Readonly<Record<IdleRelation, string>> = {
  below: '✓',
  above: '✓',
  'within-margin': '✗',
  'not-below': '✗',
  'not-above': '✗',
  'server-keeps': '✓',
  'no-bound': '✓',
};

export const RELATION_WORDS: Readonly<Record<IdleRelation, string>> = {
  below: 'closes first',
  above: 'stays open longer',
  'within-margin': 'by less than the margin',
  'not-below': 'outlives the server',
  'not-above': 'closes before the balancer',
  'server-keeps': 'server never closes idle connections',
  'no-bound': 'balancer never closes idle connections',
};

/**
 * The short text after a value: the value, then how it compares with the other end that decides.
 * Client: `4 s · < node 5 s ✓`, `30 s ✗ ≥ node 5 s`, `idle: never closed ✗ node 5 s`, `cap: 10 min ✗ ≥ aws-alb 60 s`.
 * Server: `65 s · > aws-alb 60 s ✓`, `idle: 5 s ✗ ≤ aws-alb 60 s`.
 */
export function hintText(report: TimeoutReport): string {
  const value = `${report.source === 'default' ? `${report.shortName}: ` : ''}${report.rounded ? '≈ ' : ''}${report.value}`;
  return report.deciding ? `${value}${comparisonText(report, report.deciding)}` : value;
}

function comparisonText(report: TimeoutReport, deciding: ComparisonView): string {
  const other = `${deciding.id} ${deciding.idle}`;
  switch (deciding.relation) {
    case 'below':
      return ` · < ${other} ✓`;
    case 'above':
      return ` · > ${other} ✓`;
    case 'server-keeps':
    case 'no-bound':
      return ` · ${deciding.id} never closes ✓`;
    case 'within-margin':
      return ` ✗ ${report.side === 'client' ? '<' : '>'} ${other} by less than the margin`;
    case 'not-below':
      return report.ms === null ? ` ✗ ${other}` : ` ✗ ≥ ${other}`;
    case 'not-above':
      return ` ✗ ≤ ${other}`;
    default:
      return '';
  }
}
