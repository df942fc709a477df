import type { DatasetSummary, LoadSummary } from '../load/summary.ts';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The load summary as text for a terminal: counts per table, repairs, rows not loaded as given, notes. */
export function formatSummary(summary: LoadSummary): string {
  const lines = [`Data: ${summary.dataDir}`, ''];
  for (const d of summary.datasets) lines.push(...formatDataset(d), '');
  if (summary.failed)
    lines.push('FAILED: see above; the failed datasets were rolled back, their previous data are intact.');
  else if (!summary.changed) lines.push('Nothing changed: the database already held exactly this data.');
  else lines.push('Loaded.');
  lines.push(`Total ${seconds(summary.ms)}`);
  return lines.join('\n');
}

function formatDataset(d: DatasetSummary): string[] {
  const lines = [`${d.dataset.padEnd(11)} ${d.status.toUpperCase().padEnd(9)} ${seconds(d.ms)}`];
  if (d.error) lines.push(`  error: ${d.error}`);
  for (const [table, c] of Object.entries(d.tables)) {
    const counts = [`inserted ${c.inserted}`, `updated ${c.updated}`, `unchanged ${c.unchanged}`];
    if (c.deleted > 0) counts.push(`deleted ${c.deleted}`);
    lines.push(`  ${table.padEnd(24)} ${counts.join(', ')}`);
  }
  for (const c of d.checks) {
    lines.push(`  check: ${c.name}: ${c.actual}${c.ok ? ' ✓' : ` ✗ (expected ${c.expected})`}`);
  }
  if (d.repaired.length > 0) {
    lines.push(`  repaired geometries (${d.repaired.length}): ${d.repaired.map((r) => r.code).join(' ')}`);
  }
  if (d.unmatched.length > 0) {
    lines.push(`  rows not loaded as given (${d.unmatched.length}):`);
    for (const u of d.unmatched) {
      const where = u.line === undefined ? u.file : `${u.file}:${u.line}`;
      lines.push(`    ${where} ${u.key}: ${u.reason}${u.loaded ? '' : ' [skipped]'}`);
    }
  }
  for (const n of d.notes) lines.push(`  note: ${n}`);
  return lines;
}
