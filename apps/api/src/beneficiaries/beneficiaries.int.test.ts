import { describeEachDatabase } from '../test-support/test-server';

const REGISTER = `mutation R($input: RegisterBeneficiaryInput!) {
  registerBeneficiary(input: $input) {
    beneficiary { id code fullName phone sex birthYear householdSize district { code }
      injury { kind year } household { relation sex birthYear occupation }
      consent { givenOn dataUse donorFigures photos withdrawnOn active recordedBy } }
    userErrors { code field message }
  }
}`;
const LIST = `query L($first: Int, $after: String, $filter: BeneficiaryFilter) {
  beneficiaries(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id code fullName district { code } } }
  }
}`;
const AUDIT = `query A($filter: AuditEventFilter) { auditEvents(first: 50, filter: $filter) {
  totalCount edges { node { action recordType recordId changedFields requestId actorUsername actor { username } at } } } }`;

describeEachDatabase('survivor registry', (api) => {
  let districts: Record<string, string>;
  beforeAll(async () => {
    const token = await api().login('admin');
    const r = await api().gql('{ districts { id code } }', {}, { token });
    districts = Object.fromEntries(
      (r.body.data?.districts as { id: string; code: string }[]).map((d) => [d.code, d.id]),
    );
  });

  const input = (extra: Record<string, unknown> = {}) => ({
    fullName: 'İlkin Şükürov',
    sex: 'MALE',
    birthYear: 1985,
    districtId: districts.AGJ,
    phone: '050 123 45 67',
    householdSize: 2,
    consentGiven: true,
    injury: { kind: 'LOWER_LIMB', year: 2004 },
    household: [
      { relation: 'SPOUSE', sex: 'FEMALE', birthYear: 1988, occupation: 'WORKS' },
      { relation: 'CHILD', sex: 'MALE', birthYear: 2012, occupation: 'STUDIES' },
    ],
    ...extra,
  });

  it('refuses registration without consent (CONSENT_REQUIRED) and records nothing', async () => {
    const token = await api().login('manager.iom');
    const before = await api().gql(LIST, { filter: { search: 'Şükürov' } }, { token });
    const r = await api().gql(REGISTER, { input: input({ consentGiven: false }) }, { token });
    expect(r.body.data?.registerBeneficiary).toEqual({
      beneficiary: null,
      userErrors: [
        { code: 'CONSENT_REQUIRED', field: ['input', 'consentGiven'], message: expect.any(String) },
      ],
    });
    const after = await api().gql(LIST, { filter: { search: 'Şükürov' } }, { token });
    expect(after.body.data?.beneficiaries.totalCount).toBe(
      before.body.data?.beneficiaries.totalCount,
    );
  });

  it('registers with the next code of the district, household and consent, and audits it', async () => {
    const token = await api().login('manager.iom');
    const r = await api().gql(REGISTER, { input: input() }, { token });
    const b = r.body.data?.registerBeneficiary.beneficiary;
    expect(r.body.data?.registerBeneficiary.userErrors).toEqual([]);
    expect(b).toMatchObject({
      code: 'AGJ-008',
      fullName: 'İlkin Şükürov',
      phone: '+994501234567',
      householdSize: 2,
      district: { code: 'AGJ' },
      injury: { kind: 'LOWER_LIMB', year: 2004 },
      consent: {
        dataUse: true,
        donorFigures: false,
        photos: false,
        withdrawnOn: null,
        active: true,
      },
    });
    expect(b.consent.recordedBy).toContain('Nigar');
    expect(b.household).toHaveLength(2);
    const second = await api().gql(
      REGISTER,
      {
        input: input({ fullName: 'Second Person', phone: null, household: null, householdSize: 0 }),
      },
      { token },
    );
    expect(second.body.data?.registerBeneficiary.beneficiary.code).toBe('AGJ-009');

    const admin = await api().login('admin');
    const audit = await api().gql(
      AUDIT,
      { filter: { recordType: 'Beneficiary', recordId: b.id } },
      { token: admin },
    );
    const event = audit.body.data?.auditEvents.edges[0].node;
    expect(event).toMatchObject({
      action: 'REGISTER_BENEFICIARY',
      actorUsername: 'manager.iom',
      actor: { username: 'manager.iom' },
    });
    expect(event.changedFields).toEqual(
      expect.arrayContaining(['fullName', 'phone', 'household', 'consentGiven']),
    );
    expect(event.requestId).toBe(r.headers.get('x-request-id'));
  });

  it('refuses malformed fields with userErrors naming them', async () => {
    const token = await api().login('manager.iom');
    const r = await api().gql(
      REGISTER,
      { input: input({ phone: '12', birthYear: 2099, householdSize: 3 }) },
      { token },
    );
    const fields = r.body.data?.registerBeneficiary.userErrors.map((e: { field: string[] }) =>
      e.field.join('.'),
    );
    expect(fields).toEqual(
      expect.arrayContaining(['input.phone', 'input.birthYear', 'input.householdSize']),
    );
  });

  it('pages through the list with cursors and counts', async () => {
    const token = await api().login('admin');
    const first = await api().gql(LIST, { first: 15 }, { token });
    const page = first.body.data?.beneficiaries;
    expect(page.totalCount).toBe(42);
    expect(page.edges).toHaveLength(15);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const codes: string[] = page.edges.map((e: { node: { code: string } }) => e.node.code);
    let after = page.pageInfo.endCursor;
    for (;;) {
      const next = (await api().gql(LIST, { first: 15, after }, { token })).body.data
        ?.beneficiaries;
      codes.push(...next.edges.map((e: { node: { code: string } }) => e.node.code));
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(codes).toHaveLength(42);
    expect(new Set(codes).size).toBe(42);
    expect([...codes].sort()).toEqual(codes);
  });

  it('filters by district and searches name, phone and code folding Azerbaijani case', async () => {
    const token = await api().login('admin');
    const inTar = await api().gql(
      LIST,
      { first: 100, filter: { districtIds: [districts.TAR] } },
      { token },
    );
    expect(inTar.body.data?.beneficiaries.totalCount).toBe(5);
    const search = async (s: string) =>
      (
        await api().gql(LIST, { filter: { search: s } }, { token })
      ).body.data?.beneficiaries.edges.map((e: { node: { code: string } }) => e.node.code);
    expect(await search('İLKİN ŞÜKÜROV')).toEqual(['AGJ-008']);
    expect(await search('ilkin')).toEqual(['AGJ-008']);
    expect(await search('501234567')).toEqual(['AGJ-008']);
    expect(await search('agj-00')).toHaveLength(9);
    expect(await search('%')).toEqual([]);
  });

  it('updates profile, household and consent, auditing the names of changed fields only', async () => {
    const token = await api().login('manager.iom');
    const created = await api().gql(
      REGISTER,
      { input: input({ fullName: 'To Update', phone: null }) },
      { token },
    );
    const id = created.body.data?.registerBeneficiary.beneficiary.id;
    const profile = await api().gql(
      `mutation U($input: UpdateBeneficiaryProfileInput!) { updateBeneficiaryProfile(input: $input) {
        beneficiary { fullName village nationalId } userErrors { code field } } }`,
      {
        input: {
          beneficiaryId: id,
          fullName: 'Updated Name',
          village: 'Hindarx',
          nationalId: 'AZE1234567',
        },
      },
      { token },
    );
    expect(profile.body.data?.updateBeneficiaryProfile).toEqual({
      beneficiary: { fullName: 'Updated Name', village: 'Hindarx', nationalId: 'AZE1234567' },
      userErrors: [],
    });
    const household = await api().gql(
      `mutation H($input: UpdateBeneficiaryHouseholdInput!) { updateBeneficiaryHousehold(input: $input) {
        beneficiary { householdSize household { relation } } userErrors { code } } }`,
      {
        input: {
          beneficiaryId: id,
          members: [{ relation: 'PARENT', sex: 'FEMALE', birthYear: 1950, occupation: 'NEITHER' }],
        },
      },
      { token },
    );
    expect(household.body.data?.updateBeneficiaryHousehold.beneficiary).toEqual({
      householdSize: 1,
      household: [{ relation: 'PARENT' }],
    });
    const consent = await api().gql(
      `mutation C($input: UpdateBeneficiaryConsentInput!) { updateBeneficiaryConsent(input: $input) {
        beneficiary { consent { photos donorFigures } } userErrors { code } } }`,
      { input: { beneficiaryId: id, photos: true } },
      { token },
    );
    expect(consent.body.data?.updateBeneficiaryConsent.beneficiary.consent).toEqual({
      photos: true,
      donorFigures: false,
    });
    const withdraw = await api().gql(
      `mutation W($input: WithdrawBeneficiaryConsentInput!) { withdrawBeneficiaryConsent(input: $input) {
        beneficiary { fullName consent { givenOn withdrawnOn active dataUse photos } } userErrors { code } } }`,
      { input: { beneficiaryId: id } },
      { token },
    );
    const c = withdraw.body.data?.withdrawBeneficiaryConsent.beneficiary;
    expect(c.fullName).toBe('Updated Name'); // withdrawal is recorded, nothing deleted
    expect(c.consent).toMatchObject({
      active: false,
      dataUse: false,
      photos: false,
      givenOn: expect.any(String),
    });
    expect(c.consent.withdrawnOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const admin = await api().login('admin');
    const audit = await api().gql(AUDIT, { filter: { recordId: id } }, { token: admin });
    const events = audit.body.data?.auditEvents.edges.map(
      (e: { node: { action: string; changedFields: string[] } }) => e.node,
    );
    expect(events.map((e: { action: string }) => e.action).sort()).toEqual([
      'REGISTER_BENEFICIARY',
      'UPDATE_BENEFICIARY_CONSENT',
      'UPDATE_BENEFICIARY_HOUSEHOLD',
      'UPDATE_BENEFICIARY_PROFILE',
      'WITHDRAW_BENEFICIARY_CONSENT',
    ]);
    const update = events.find(
      (e: { action: string }) => e.action === 'UPDATE_BENEFICIARY_PROFILE',
    );
    expect(update.changedFields).toEqual(['fullName', 'nationalId', 'village']);
    expect(JSON.stringify(audit.body)).not.toContain('AZE1234567');
  });

  it('lets ADMIN filter the audit log by actor and time, and nobody else read it', async () => {
    const admin = await api().login('admin');
    const me = await api().gql('{ me { id } }', {}, { token: admin });
    const byActor = await api().gql(
      AUDIT,
      { filter: { actorId: me.body.data?.me.id } },
      { token: admin },
    );
    const actions = byActor.body.data?.auditEvents.edges.map(
      (e: { node: { action: string } }) => e.node.action,
    );
    expect(actions.length).toBeGreaterThan(0);
    // The admin signed in here; the demo seed's contributions and product are theirs too.
    expect(actions).toContain('LOGIN');
    expect(
      byActor.body.data?.auditEvents.edges.every(
        (e: { node: { actorUsername: string } }) => e.node.actorUsername === 'admin',
      ),
    ).toBe(true);
    expect(actions).not.toContain('REGISTER_BENEFICIARY');
    const future = await api().gql(
      AUDIT,
      { filter: { from: '2999-01-01T00:00:00Z' } },
      { token: admin },
    );
    expect(future.body.data?.auditEvents.totalCount).toBe(0);
    const past = await api().gql(
      AUDIT,
      { filter: { to: '2000-01-01T00:00:00Z' } },
      { token: admin },
    );
    expect(past.body.data?.auditEvents.totalCount).toBe(0);
    const manager = await api().login('manager.iom');
    const denied = await api().gql(AUDIT, {}, { token: manager });
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('registers concurrently without duplicate codes', async () => {
    const token = await api().login('manager.ciraq');
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        api().gql(
          REGISTER,
          { input: input({ fullName: `Parallel ${i}`, phone: null, districtId: districts.SAA }) },
          { token },
        ),
      ),
    );
    const codes = results.map((r) => r.body.data?.registerBeneficiary.beneficiary.code as string);
    expect(new Set(codes).size).toBe(6);
    expect(codes.every((c) => /^SAA-0(0[7-9]|1[0-2])$/.test(c))).toBe(true);
  });
});
