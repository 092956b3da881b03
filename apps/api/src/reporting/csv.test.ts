import { csvCell, csvRow } from './csv';

describe('csv', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0.25)).toBe('0.25');
    expect(csvRow(['a', 1, true, null])).toBe('a,1,true,\r\n');
  });

  it('defuses formulas: = + - @ tab and CR lead to a quoted text cell', () => {
    for (const bad of ['=HYPERLINK("x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])
      expect(csvCell(bad).replace(/^"/, '').startsWith(`'${bad[0]}`)).toBe(true);
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
  });
});
