/** Given weights as typed ("1,2,1"), one per chosen indicator; entropy otherwise. */
export function parseWeights(text: string, count: number): number[] | 'entropy' {
  if (text === 'entropy') return 'entropy';
  const parts = text.split(',').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const w = parts[i];
    return w !== undefined && Number.isFinite(w) && w >= 0 ? w : 1;
  });
}
