import { AuditEventEntity } from '../audit/audit-event.entity';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { UserEntity } from '../users/user.entity';
import { LOGIN, type TestApi, describeEachDatabase } from '../test-support/test-server';
import { PortalAccessCodeEntity } from './portal-access-code.entity';

const ISSUE = `mutation Issue($input: IssuePortalAccessCodeInput!) {
  issuePortalAccessCode(input: $input) { code expiresAt userErrors { code field } }
}`;
const REDEEM = `mutation Redeem($input: RedeemPortalAccessCodeInput!) {
  redeemPortalAccessCode(input: $input) { token user { username role } userErrors { code field } }
}`;
const DAY = 24 * 60 * 60 * 1000;

/** A seeded survivor in `district` who has no portal login yet. */
async function survivorWithoutLogin(api: TestApi, district: string, skip = 0) {
  const withLogin = new Set(
    (await api.dataSource.getRepository(UserEntity).find()).map((u) => u.beneficiaryId),
  );
  const all = await api.dataSource
    .getRepository(BeneficiaryEntity)
    .find({ relations: { district: true }, order: { code: 'ASC' } });
  const free = all.filter((b) => b.district?.code === district && !withLogin.has(b.id) && b.phone);
  return free[skip]!;
}

async function issue(api: TestApi, beneficiaryId: string, who = 'manager.iom') {
  const r = await api.gql(ISSUE, { input: { beneficiaryId } }, { token: await api.login(who) });
  return r.body.data?.issuePortalAccessCode as {
    code: string | null;
    expiresAt: string | null;
    userErrors: { code: string; field: string[] | null }[];
  };
}

const redeem = (api: TestApi, phone: string, code: string, pin = '246810') =>
  api.gql(REDEEM, { input: { phone, code, pin } });

describeEachDatabase('first portal sign-in with a one-time code', (api) => {
  it('issues an 8-digit code once, stores only a hash, audits it, and the survivor signs in with it and a new PIN', async () => {
    const b = await survivorWithoutLogin(api(), 'AGJ');
    const issued = await issue(api(), b.id);
    expect(issued.userErrors).toEqual([]);
    expect(issued.code).toMatch(/^\d{8}$/);
    const days = (Date.parse(issued.expiresAt!) - Date.now()) / DAY;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    const rows = await api().dataSource.getRepository(PortalAccessCodeEntity).findBy({
      beneficiaryId: b.id,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.codeHash).not.toContain(issued.code!);
    expect(rows[0]!.codeHash).toMatch(/^\$argon2id\$/);

    // Typed the way people read it out: local phone spelling, code with spaces.
    const local = `0${b.phone!.slice(4)}`;
    const spaced = `${issued.code!.slice(0, 4)} ${issued.code!.slice(4)}`;
    const r = await redeem(api(), local, spaced);
    expect(r.body.data?.redeemPortalAccessCode).toMatchObject({
      userErrors: [],
      user: { username: b.phone, role: 'BENEFICIARY' },
      token: expect.any(String),
    });
    expect(r.headers.get('set-cookie')).toMatch(/^revolve_session=/);
    expect(await api().login(b.phone!, '246810')).toBeTruthy();

    const audit = await api().dataSource.getRepository(AuditEventEntity).find();
    expect(
      audit.filter((e) => e.action === 'ISSUE_PORTAL_ACCESS_CODE' && e.recordId === b.id),
    ).toHaveLength(1);
    expect(audit.some((e) => e.action === 'REDEEM_PORTAL_ACCESS_CODE')).toBe(true);
  });

  it('works once: the same code again is refused', async () => {
    const b = await survivorWithoutLogin(api(), 'AGJ');
    const { code } = await issue(api(), b.id);
    expect((await redeem(api(), b.phone!, code!)).body.data?.redeemPortalAccessCode.token).toEqual(
      expect.any(String),
    );
    const again = await redeem(api(), b.phone!, code!, '135246');
    expect(again.body.data?.redeemPortalAccessCode).toEqual({
      token: null,
      user: null,
      userErrors: [{ code: 'INVALID_CODE', field: ['input', 'code'] }],
    });
    expect(await api().login(b.phone!, '246810')).toBeTruthy();
  });

  it('voids the older code when a new one is issued', async () => {
    const b = await survivorWithoutLogin(api(), 'BEY');
    const first = await issue(api(), b.id);
    const second = await issue(api(), b.id, 'admin');
    const old = await redeem(api(), b.phone!, first.code!);
    expect(old.body.data?.redeemPortalAccessCode.userErrors[0].code).toBe('INVALID_CODE');
    const fresh = await redeem(api(), b.phone!, second.code!);
    expect(fresh.body.data?.redeemPortalAccessCode.userErrors).toEqual([]);
  });

  it('expires after 7 days', async () => {
    const b = await survivorWithoutLogin(api(), 'IMI');
    const { code } = await issue(api(), b.id);
    api().advanceClock(7 * DAY + 60 * 1000);
    const r = await redeem(api(), b.phone!, code!);
    expect(r.body.data?.redeemPortalAccessCode.userErrors[0].code).toBe('INVALID_CODE');
  });

  it('asks for a 6-digit PIN without spending the code or counting a failure', async () => {
    const b = await survivorWithoutLogin(api(), 'FUZ');
    const { code } = await issue(api(), b.id);
    const bad = await redeem(api(), b.phone!, code!, '12345');
    expect(bad.body.data?.redeemPortalAccessCode.userErrors).toEqual([
      { code: 'VALIDATION', field: ['input', 'pin'] },
    ]);
    expect((await redeem(api(), b.phone!, code!)).body.data?.redeemPortalAccessCode.token).toEqual(
      expect.any(String),
    );
  });

  it('counts wrong codes towards the same lockout as wrong PINs', async () => {
    const b = await survivorWithoutLogin(api(), 'SAA');
    const { code } = await issue(api(), b.id, 'manager.ciraq');
    const wrong = code === '00000000' ? '11111111' : '00000000';
    for (let i = 0; i < 3; i++) {
      const r = await redeem(api(), b.phone!, wrong);
      expect(r.body.data?.redeemPortalAccessCode.userErrors[0].code).toBe('INVALID_CODE');
    }
    for (let i = 0; i < 2; i++) {
      const r = await api().gql(LOGIN, { input: { username: b.phone, password: '999999' } });
      expect(r.body.data?.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    }
    const locked = await redeem(api(), b.phone!, code!);
    expect(locked.body.data?.redeemPortalAccessCode.userErrors[0].code).toBe('LOCKED');
    const login = await api().gql(LOGIN, { input: { username: b.phone, password: '246810' } });
    expect(login.body.data?.login.userErrors[0].code).toBe('LOCKED');
  });

  it('answers an unknown phone like a wrong code', async () => {
    const r = await redeem(api(), '+994559999999', '12345678');
    expect(r.body.data?.redeemPortalAccessCode.userErrors).toEqual([
      { code: 'INVALID_CODE', field: ['input', 'code'] },
    ]);
  });

  it('lets a case manager issue codes only in their districts, and survivors and others not at all', async () => {
    const saa = await survivorWithoutLogin(api(), 'SAA', 1);
    const denied = await api().gql(
      ISSUE,
      { input: { beneficiaryId: saa.id } },
      { token: await api().login('manager.iom') },
    );
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const [who, pin] of [
      ['committee', undefined],
      ['analyst.undp', undefined],
      ['+994500000001', '135790'],
    ] as const) {
      const r = await api().gql(
        ISSUE,
        { input: { beneficiaryId: saa.id } },
        { token: await api().login(who, pin) },
      );
      expect(r.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await api().gql(ISSUE, { input: { beneficiaryId: saa.id } });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      await api()
        .dataSource.getRepository(PortalAccessCodeEntity)
        .countBy({ beneficiaryId: saa.id }),
    ).toBe(0);
  });
});
