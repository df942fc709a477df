import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('starts with a BOM and quotes what needs quoting', () => {
    expect(
      toCsv(
        ['رتبه', 'name'],
        [
          [1, 'a,b'],
          [2, 'say "hi"'],
        ],
      ),
    ).toBe('\uFEFFرتبه,name\r\n1,"a,b"\r\n2,"say ""hi"""\r\n');
  });
});
