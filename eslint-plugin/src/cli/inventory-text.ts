import { formatDuration } from '../advice/format';
import type { Inventory, InventoryRow, UnsafePair } from './inventory';

/** The inventory as a table for people: one row per idle timeout, then the pairs that race, then what was not read. */
export function inventoryText(inventory: Inventory): string {
  const header = ['location', 'product', 'role', 'idle', 'how', 'source'];
  const table = [header, ...inventory.rows.map((row) => [`${row.file}:${row.line}`, row.product, row.roles.join(', '), row.value, row.how, row.source])];
  const widths = header.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
  const lines = [`Idle timeouts under ${inventory.shownRoot}`, ''];
  // The source column is last and long: no padding after it.
  for (const cells of table) lines.push(cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ').trimEnd());
  lines.push('');
  if (inventory.pairs.length === 0) lines.push('No unsafe pair: every pool closes idle connections before the servers found, and every server keeps them longer than the balancers found.');
  else {
    lines.push(`Unsafe pairs (${inventory.pairs.length}), with a ${formatDuration(inventory.marginMs)} margin:`);
    for (const pair of inventory.pairs) lines.push(`  ${pairText(pair)}`);
  }
  if (inventory.problems.length > 0) {
    lines.push('', 'Not read:');
    for (const problem of inventory.problems) lines.push(`  ${problem.file}: ${problem.message}`);
  }
  return lines.join('\n');
}

function pairText({ kind, subject, other }: UnsafePair): string {
  if (kind === 'pool-outlives-server') {
    return `${at(subject)} ${subject.product} pool keeps idle connections ${subject.ms === null ? 'forever' : subject.value}, but ${at(other)} ${other.product} closes them after ${other.value}.`;
  }
  return `${at(subject)} ${subject.product} server closes idle connections after ${subject.value}, but ${at(other)} ${other.product} in front keeps them ${other.value}.`;
}

function at(row: InventoryRow): string {
  return `${row.file}:${row.line}`;
}
