import { auditVariables, readAuditParams, writeAuditParams } from './audit-params';

const none = { actorId: '', recordType: '', recordId: '', from: '', to: '', trail: [] };

describe('audit log filters', () => {
  it('round-trip through the address', () => {
    const p = {
      actorId: 'u1',
      recordType: 'User',
      recordId: 'r1',
      from: '2026-03-01',
      to: '2026-03-31',
      trail: ['bzox'],
    };
    const written = writeAuditParams(p);
    expect(written.toString()).toBe(
      'actor=u1&type=User&record=r1&from=2026-03-01&to=2026-03-31&pages=bzox',
    );
    expect(readAuditParams(written)).toEqual(p);
  });

  it('ignores dates that are not calendar days', () => {
    expect(readAuditParams(new URLSearchParams('from=yesterday&to=2026-3-1'))).toEqual(none);
  });

  it('asks for whole Baku days, the end day included, across a month end', () => {
    expect(auditVariables({ ...none, from: '2026-02-28', to: '2026-02-28' }, 50)).toEqual({
      first: 50,
      after: null,
      filter: { from: '2026-02-28T00:00:00+04:00', to: '2026-03-01T00:00:00+04:00' },
    });
  });

  it('sends only the filters that are set, and the last cursor', () => {
    expect(auditVariables({ ...none, actorId: 'u1', trail: ['a', 'b'] }, 50)).toEqual({
      first: 50,
      after: 'b',
      filter: { actorId: 'u1' },
    });
  });
});
