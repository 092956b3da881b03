import { SessionEntity } from './session.entity';
import { hashToken } from './tokens';
import { LOGIN, describeEachDatabase } from '../test-support/test-server';

const ME =
  '{ me { username role displayName organization { code } districts { code } beneficiary { code fullName } } }';
const HOUR = 60 * 60 * 1000;

describeEachDatabase('sign-in and sessions', (api) => {
  it('signs staff in: token, HttpOnly SameSite=Lax cookie, and `me` by Bearer and by cookie', async () => {
    const r = await api().gql(LOGIN, {
      input: { username: 'Manager.IOM', password: 'demo-password' },
    });
    expect(r.body.data?.login.userErrors).toEqual([]);
    const token = r.body.data?.login.token as string;
    const cookie = r.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^revolve_session=[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const byBearer = await api().gql(ME, {}, { token });
    expect(byBearer.body.data?.me).toEqual({
      username: 'manager.iom',
      role: 'CASE_MANAGER',
      displayName: expect.any(String),
      organization: { code: 'IOM' },
      districts: expect.arrayContaining([
        { code: 'AGJ' },
        { code: 'BEY' },
        { code: 'IMI' },
        { code: 'FUZ' },
      ]),
      beneficiary: null,
    });
    const byCookie = await api().gql(ME, {}, { headers: { cookie: cookie.split(';')[0]! } });
    expect(byCookie.body.data?.me.username).toBe('manager.iom');
  });

  it('stores only a sha256 of the token', async () => {
    const token = await api().login('committee');
    const rows = await api().dataSource.getRepository(SessionEntity).find();
    expect(rows.some((s) => s.tokenHash === hashToken(token))).toBe(true);
    expect(rows.some((s) => s.tokenHash === token)).toBe(false);
  });

  it('signs survivors in with their phone number (any usual spelling) and PIN', async () => {
    for (const username of ['+994500000001', '0500000001', '+994 50 000 00 01']) {
      const r = await api().gql(LOGIN, { input: { username, password: '135790' } });
      expect(r.body.data?.login.user).toMatchObject({
        role: 'BENEFICIARY',
        username: '+994500000001',
      });
    }
    const token = await api().login('+994500000001', '135790');
    const me = await api().gql(ME, {}, { token });
    expect(me.body.data?.me.beneficiary).toEqual({ code: 'AGJ-001', fullName: expect.any(String) });
  });

  it('answers a wrong password and an unknown username the same way', async () => {
    const wrong = await api().gql(LOGIN, {
      input: { username: 'admin', password: 'not-the-password' },
    });
    const unknown = await api().gql(LOGIN, {
      input: { username: 'no.such.user', password: 'not-the-password' },
    });
    expect(wrong.body.data?.login).toEqual(unknown.body.data?.login);
    expect(wrong.body.data?.login).toEqual({
      token: null,
      user: null,
      userErrors: [
        { code: 'INVALID_CREDENTIALS', message: 'Wrong username or password.', field: null },
      ],
    });
  });

  it('logout revokes the session', async () => {
    const token = await api().login('analyst.undp');
    const out = await api().gql('mutation { logout }', {}, { token });
    expect(out.body.data?.logout).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(/revolve_session=;/);
    expect((await api().gql(ME, {}, { token })).body.data?.me).toBeNull();
    const denied = await api().gql('{ districts { code } }', {}, { token });
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('locks a username for 15 minutes after 5 failures in 15 minutes, known or not, without telling which', async () => {
    for (const username of ['analyst.anama', 'ghost.user']) {
      for (let i = 0; i < 5; i++) {
        const r = await api().gql(LOGIN, { input: { username, password: 'wrong-password' } });
        expect(r.body.data?.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
      }
    }
    const locked = await api().gql(LOGIN, {
      input: { username: 'analyst.anama', password: 'demo-password' },
    });
    const ghost = await api().gql(LOGIN, {
      input: { username: 'ghost.user', password: 'demo-password' },
    });
    expect(locked.body.data?.login.token).toBeNull();
    expect(locked.body.data?.login.userErrors[0].code).toBe('LOCKED');
    expect(ghost.body.data?.login).toEqual(locked.body.data?.login);
    // Other usernames are not affected.
    expect(await api().login('analyst.undp')).toBeTruthy();
    api().advanceClock(15 * 60 * 1000 + 1000);
    expect(await api().login('analyst.anama')).toBeTruthy();
  });

  it('expires staff sessions after a working day idle, survivors after 30 days', async () => {
    const staff = await api().login('admin');
    const survivor = await api().login('+994500000001', '135790');
    api().advanceClock(7 * HOUR);
    expect((await api().gql(ME, {}, { token: staff })).body.data?.me?.username).toBe('admin'); // slides
    api().advanceClock(7 * HOUR);
    expect((await api().gql(ME, {}, { token: staff })).body.data?.me?.username).toBe('admin');
    api().advanceClock(8 * HOUR + 60 * 1000);
    expect((await api().gql(ME, {}, { token: staff })).body.data?.me).toBeNull();
    expect((await api().gql(ME, {}, { token: survivor })).body.data?.me?.role).toBe('BENEFICIARY');
    api().advanceClock(30 * 24 * HOUR + 60 * 1000);
    expect((await api().gql(ME, {}, { token: survivor })).body.data?.me).toBeNull();
  });

  it('ignores a forged token', async () => {
    const r = await api().gql(ME, {}, { token: 'x'.repeat(43) });
    expect(r.body.data?.me).toBeNull();
  });
});
