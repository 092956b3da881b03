import { toCsv } from './to-csv';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['code', 'year'], [['AGJ-001', 1962]])).toBe('code,year\r\nAGJ-001,1962\r\n');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(toCsv(['a'], [['Kəngərli, "upper"'], ['two\nlines']])).toBe(
      'a\r\n"Kəngərli, ""upper"""\r\n"two\nlines"\r\n',
    );
  });

  it('writes empty cells for null and undefined', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, '']])).toBe('a,b,c\r\n,,\r\n');
  });

  it('defuses spreadsheet formulas but keeps phone numbers', () => {
    expect(toCsv(['a', 'b'], [['=HYPERLINK("x")', '+994 50 000 00 01']])).toBe(
      'a,b\r\n"\'=HYPERLINK(""x"")",+994 50 000 00 01\r\n',
    );
  });
});
