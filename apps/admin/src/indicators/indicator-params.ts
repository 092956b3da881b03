import { isCalendarDate } from '@revolve/domain';
import { type IndicatorFilter } from './indicators-documents';

/** The filters as kept in the address: ?district=ID&from=YYYY-MM-DD&to=YYYY-MM-DD. */
export interface IndicatorParams {
  district: string;
  from: string;
  to: string;
}

export type DateProblem = 'date' | 'fromAfterTo';

export function readIndicatorParams(search: URLSearchParams): IndicatorParams {
  return {
    district: search.get('district') ?? '',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
  };
}

export function writeIndicatorParams(p: IndicatorParams): URLSearchParams {
  const out = new URLSearchParams();
  if (p.district) out.set('district', p.district);
  if (p.from) out.set('from', p.from);
  if (p.to) out.set('to', p.to);
  return out;
}

/** What is wrong with the period, by field; an address typed by hand can hold anything. */
export function dateProblems(p: IndicatorParams): Partial<Record<'from' | 'to', DateProblem>> {
  const problems: Partial<Record<'from' | 'to', DateProblem>> = {};
  if (p.from && !isCalendarDate(p.from)) problems.from = 'date';
  if (p.to && !isCalendarDate(p.to)) problems.to = 'date';
  if (!problems.from && !problems.to && p.from && p.to && p.from > p.to)
    problems.to = 'fromAfterTo';
  return problems;
}

/** The API's filter; dates it would refuse are left out (the form shows why). */
export function toFilter(p: IndicatorParams): IndicatorFilter {
  const bad = dateProblems(p);
  return {
    districtIds: p.district ? [p.district] : null,
    from: p.from && !bad.from && bad.to !== 'fromAfterTo' ? p.from : null,
    to: p.to && !bad.to ? p.to : null,
  };
}

export type ExportBreakdown = 'district' | 'sex' | 'ageBand' | 'purpose' | 'courseTopic' | 'month';

/** /export/indicators.csv with the same filter as the screen (see the API's export routes). */
export function indicatorsCsvHref(breakdown: ExportBreakdown, f: IndicatorFilter): string {
  const q = new URLSearchParams({ breakdown });
  if (f.districtIds?.length) q.set('districtIds', f.districtIds.join(','));
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  return `/export/indicators.csv?${q.toString()}`;
}

export const LOANS_CSV_HREF = '/export/loans.csv';
