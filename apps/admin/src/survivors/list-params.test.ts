import { listVariables, readListParams, writeListParams } from './list-params';

describe('survivors list in the address', () => {
  it('round-trips search, district and the page trail', () => {
    const params = { search: 'Elvin', districtId: 'd1', trail: ['bzox', 'bzoz'] };
    const written = writeListParams(params);
    expect(written.toString()).toBe('q=Elvin&district=d1&pages=bzox%2Cbzoz');
    expect(readListParams(written)).toEqual(params);
  });

  it('leaves out what is empty and trims the search', () => {
    expect(writeListParams({ search: '  ', districtId: '', trail: [] }).toString()).toBe('');
    expect(writeListParams({ search: ' a ', districtId: '', trail: [] }).get('q')).toBe('a');
  });

  it('ignores cursors that were tampered with', () => {
    expect(readListParams(new URLSearchParams('pages=abc,<script>,,d-e')).trail).toEqual([
      'abc',
      'd-e',
    ]);
  });

  it('asks for the page after the last cursor, filtered', () => {
    expect(listVariables({ search: 'x', districtId: 'd1', trail: ['c1', 'c2'] }, 25)).toEqual({
      first: 25,
      after: 'c2',
      filter: { search: 'x', districtIds: ['d1'] },
    });
    expect(listVariables({ search: '', districtId: '', trail: [] }, 25)).toEqual({
      first: 25,
      after: null,
      filter: {},
    });
  });
});
