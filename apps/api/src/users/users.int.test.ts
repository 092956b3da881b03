import { LOGIN, describeEachDatabase } from '../test-support/test-server';

const CREATE = `mutation C($input: CreateUserInput!) { createUser(input: $input) {
  user { id username role active organization { code } districts { code } } userErrors { code field } } }`;
const UPDATE = `mutation U($input: UpdateUserInput!) { updateUser(input: $input) {
  user { role districts { code } displayName } userErrors { code field } } }`;

describeEachDatabase('user administration and portal access', (api) => {
  let d: Record<string, string>;
  let o: Record<string, string>;
  beforeAll(async () => {
    const token = await api().login('admin');
    const r = await api().gql('{ districts { id code } organizations { id code } }', {}, { token });
    d = Object.fromEntries(
      r.body.data?.districts.map((x: { id: string; code: string }) => [x.code, x.id]),
    );
    o = Object.fromEntries(
      r.body.data?.organizations.map((x: { id: string; code: string }) => [x.code, x.id]),
    );
  });

  it('creates a case manager who can sign in and sees only their districts', async () => {
    const admin = await api().login('admin');
    const r = await api().gql(
      CREATE,
      {
        input: {
          username: 'manager.new',
          displayName: 'New Manager',
          role: 'CASE_MANAGER',
          password: 'new-password-1',
          organizationId: o.CIRAQ,
          districtIds: [d.TAR],
        },
      },
      { token: admin },
    );
    expect(r.body.data?.createUser).toMatchObject({
      user: {
        username: 'manager.new',
        role: 'CASE_MANAGER',
        active: true,
        organization: { code: 'CIRAQ' },
        districts: [{ code: 'TAR' }],
      },
      userErrors: [],
    });
    const token = await api().login('manager.new', 'new-password-1');
    const list = await api().gql('{ beneficiaries { totalCount } }', {}, { token });
    expect(list.body.data?.beneficiaries.totalCount).toBe(5);
  });

  it('refuses duplicate usernames, unknown districts and case managers without districts', async () => {
    const admin = await api().login('admin');
    const dup = await api().gql(
      CREATE,
      {
        input: {
          username: 'admin',
          displayName: 'Again',
          role: 'ADMIN',
          password: 'long-password',
        },
      },
      { token: admin },
    );
    expect(dup.body.data?.createUser.userErrors).toEqual([
      { code: 'USERNAME_TAKEN', field: ['input', 'username'] },
    ]);
    const none = await api().gql(
      CREATE,
      {
        input: {
          username: 'manager.none',
          displayName: 'None',
          role: 'CASE_MANAGER',
          password: 'long-password',
        },
      },
      { token: admin },
    );
    expect(none.body.data?.createUser.userErrors).toEqual([
      { code: 'VALIDATION', field: ['input', 'districtIds'] },
    ]);
    const unknown = await api().gql(
      CREATE,
      {
        input: {
          username: 'manager.bad',
          displayName: 'Bad',
          role: 'CASE_MANAGER',
          password: 'long-password',
          districtIds: ['nope'],
        },
      },
      { token: admin },
    );
    expect(unknown.body.data?.createUser.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'districtIds'] },
    ]);
  });

  it('changes role and districts; a role change ends the sessions', async () => {
    const admin = await api().login('admin');
    const users = await api().gql(
      '{ users(first: 100, filter: { roles: [CASE_MANAGER] }) { edges { node { id username } } } }',
      {},
      { token: admin },
    );
    const id = users.body.data?.users.edges.find(
      (e: { node: { username: string } }) => e.node.username === 'manager.new',
    ).node.id;
    const moved = await api().gql(
      UPDATE,
      { input: { userId: id, districtIds: [d.TAR, d.BIL] } },
      { token: admin },
    );
    expect(
      moved.body.data?.updateUser.user.districts.map((x: { code: string }) => x.code).sort(),
    ).toEqual(['BIL', 'TAR']);
    const session = await api().login('manager.new', 'new-password-1');
    const promoted = await api().gql(
      UPDATE,
      { input: { userId: id, role: 'APPROVER', districtIds: [] } },
      { token: admin },
    );
    expect(promoted.body.data?.updateUser).toMatchObject({
      user: { role: 'APPROVER', districts: [] },
      userErrors: [],
    });
    expect((await api().gql('{ me { id } }', {}, { token: session })).body.data?.me).toBeNull();
    const self = await api().gql('{ me { id } }', {}, { token: admin });
    const own = await api().gql(
      UPDATE,
      { input: { userId: self.body.data?.me.id, role: 'ANALYST' } },
      { token: admin },
    );
    expect(own.body.data?.updateUser.userErrors).toEqual([
      { code: 'VALIDATION', field: ['input', 'role'] },
    ]);
  });

  it('resets a password (old one stops working) and deactivates (no sign-in, sessions end)', async () => {
    const admin = await api().login('admin');
    const users = await api().gql(
      '{ users(first: 100) { edges { node { id username } } } }',
      {},
      { token: admin },
    );
    const id = users.body.data?.users.edges.find(
      (e: { node: { username: string } }) => e.node.username === 'manager.new',
    ).node.id;
    const reset = await api().gql(
      'mutation R($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { userErrors { code } } }',
      { input: { userId: id, newPassword: 'fresh-password-2' } },
      { token: admin },
    );
    expect(reset.body.data?.resetUserPassword.userErrors).toEqual([]);
    const old = await api().gql(LOGIN, {
      input: { username: 'manager.new', password: 'new-password-1' },
    });
    expect(old.body.data?.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    const session = await api().login('manager.new', 'fresh-password-2');
    const off = await api().gql(
      'mutation D($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { active } userErrors { code } } }',
      { input: { userId: id } },
      { token: admin },
    );
    expect(off.body.data?.deactivateUser).toEqual({ user: { active: false }, userErrors: [] });
    expect((await api().gql('{ me { id } }', {}, { token: session })).body.data?.me).toBeNull();
    const again = await api().gql(LOGIN, {
      input: { username: 'manager.new', password: 'fresh-password-2' },
    });
    expect(again.body.data?.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
  });

  it('case managers give a survivor portal access with a 6-digit PIN', async () => {
    const manager = await api().login('manager.iom');
    const list = await api().gql(
      '{ beneficiaries(first: 100, filter: { search: "IMI-003" }) { edges { node { id phone portalAccess } } } }',
      {},
      { token: manager },
    );
    const b = list.body.data?.beneficiaries.edges[0].node;
    expect(b.portalAccess).toBe(false);
    const SET =
      'mutation P($input: SetBeneficiaryPinInput!) { setBeneficiaryPin(input: $input) { user { username role } userErrors { code } } }';
    const bad = await api().gql(
      SET,
      { input: { beneficiaryId: b.id, pin: '12ab56' } },
      { token: manager },
    );
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'pin',
    });
    expect(JSON.stringify(bad.body)).not.toContain('12ab56');
    const ok = await api().gql(
      SET,
      { input: { beneficiaryId: b.id, pin: '112233' } },
      { token: manager },
    );
    expect(ok.body.data?.setBeneficiaryPin).toEqual({
      user: { username: b.phone, role: 'BENEFICIARY' },
      userErrors: [],
    });
    const survivor = await api().login(b.phone, '112233');
    const me = await api().gql('{ me { beneficiary { id } } }', {}, { token: survivor });
    expect(me.body.data?.me.beneficiary.id).toBe(b.id);
    // A new PIN replaces the old one and ends the sessions.
    await api().gql(SET, { input: { beneficiaryId: b.id, pin: '445566' } }, { token: manager });
    expect((await api().gql('{ me { id } }', {}, { token: survivor })).body.data?.me).toBeNull();
    expect(await api().login(b.phone, '445566')).toBeTruthy();
  });
});
