/** The audit log's filters, kept in the address like the survivors list. */
export interface AuditParams {
  actorId: string;
  recordType: string;
  recordId: string;
  /** Calendar days "YYYY-MM-DD", both included. */
  from: string;
  to: string;
  trail: string[];
}

const KEYS = {
  actorId: 'actor',
  recordType: 'type',
  recordId: 'record',
  from: 'from',
  to: 'to',
} as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readAuditParams(params: URLSearchParams): AuditParams {
  const get = (k: keyof typeof KEYS) => params.get(KEYS[k])?.trim() ?? '';
  const day = (k: 'from' | 'to') => (DAY.test(get(k)) ? get(k) : '');
  return {
    actorId: get('actorId'),
    recordType: get('recordType'),
    recordId: get('recordId'),
    from: day('from'),
    to: day('to'),
    trail: (params.get('pages') ?? '').split(',').filter((c) => /^[\w-]+$/.test(c)),
  };
}

export function writeAuditParams(p: AuditParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const k of Object.keys(KEYS) as (keyof typeof KEYS)[]) {
    if (p[k].trim()) params.set(KEYS[k], p[k].trim());
  }
  if (p.trail.length) params.set('pages', p.trail.join(','));
  return params;
}

/** The day after "YYYY-MM-DD", by the calendar (UTC arithmetic has no daylight saving). */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

// The programme runs on Baku time (UTC+4 all year): a day means a day there.
const BAKU = '+04:00';

export function auditVariables(p: AuditParams, pageSize: number) {
  const filter: Record<string, string> = {};
  if (p.actorId) filter.actorId = p.actorId;
  if (p.recordType) filter.recordType = p.recordType;
  if (p.recordId) filter.recordId = p.recordId;
  if (p.from) filter.from = `${p.from}T00:00:00${BAKU}`;
  if (p.to) filter.to = `${nextDay(p.to)}T00:00:00${BAKU}`;
  return { first: pageSize, after: p.trail.at(-1) ?? null, filter };
}
