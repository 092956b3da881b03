import {
  dateProblems,
  indicatorsCsvHref,
  readIndicatorParams,
  toFilter,
  writeIndicatorParams,
} from './indicator-params';

describe('indicator filters in the address', () => {
  it('round-trips district and period, leaving empty ones out', () => {
    const search = new URLSearchParams('district=d-agj&from=2026-01-01');
    const params = readIndicatorParams(search);
    expect(params).toEqual({ district: 'd-agj', from: '2026-01-01', to: '' });
    expect(writeIndicatorParams(params).toString()).toBe('district=d-agj&from=2026-01-01');
  });

  it('refuses impossible dates and a period that ends before it starts', () => {
    expect(dateProblems({ district: '', from: '2026-02-30', to: '' })).toEqual({ from: 'date' });
    expect(dateProblems({ district: '', from: '2026-03-01', to: '2026-02-01' })).toEqual({
      to: 'fromAfterTo',
    });
    expect(toFilter({ district: '', from: '2026-03-01', to: '2026-02-01' })).toEqual({
      districtIds: null,
      from: null,
      to: null,
    });
  });

  it('builds the API filter and the CSV address with the same figures', () => {
    const filter = toFilter({ district: 'd-agj', from: '2026-01-01', to: '2026-06-30' });
    expect(filter).toEqual({ districtIds: ['d-agj'], from: '2026-01-01', to: '2026-06-30' });
    expect(indicatorsCsvHref('ageBand', filter)).toBe(
      '/export/indicators.csv?breakdown=ageBand&districtIds=d-agj&from=2026-01-01&to=2026-06-30',
    );
    expect(
      indicatorsCsvHref('district', toFilter(readIndicatorParams(new URLSearchParams()))),
    ).toBe('/export/indicators.csv?breakdown=district');
  });
});
