import { BeneficiaryEntity } from './beneficiary.entity';
import { UserEntity } from '../users/user.entity';
import { describeEachDatabase } from '../test-support/test-server';

const QUERY = '{ myCaseManager { name phone } }';

describeEachDatabase('a survivor sees their own case manager', (api) => {
  it('shows the demo survivor the name and phone of the case manager in their district', async () => {
    const token = await api().login('+994500000001', '135790');
    const r = await api().gql(QUERY, {}, { token });
    const manager = await api().dataSource.getRepository(UserEntity).findOneByOrFail({
      username: 'manager.iom',
    });
    expect(r.body.data?.myCaseManager).toEqual({
      name: manager.displayName,
      phone: '+994502000001',
    });
  });

  it('follows a change of case manager, and says null when none is assigned', async () => {
    const token = await api().login('+994500000001', '135790');
    const repo = api().dataSource.getRepository(BeneficiaryEntity);
    const b = await repo.findOneByOrFail({ code: 'AGJ-001' });
    const ciraq = await api().dataSource.getRepository(UserEntity).findOneByOrFail({
      username: 'manager.ciraq',
    });
    await repo.update(b.id, { caseManagerId: ciraq.id });
    expect((await api().gql(QUERY, {}, { token })).body.data?.myCaseManager.phone).toBe(
      '+994502000002',
    );
    await repo.update(b.id, { caseManagerId: null });
    expect((await api().gql(QUERY, {}, { token })).body.data?.myCaseManager).toBeNull();
    await repo.update(b.id, { caseManagerId: b.caseManagerId });
  });

  it('is for survivors only', async () => {
    for (const who of ['admin', 'manager.iom', 'committee', 'analyst.undp']) {
      const r = await api().gql(QUERY, {}, { token: await api().login(who) });
      expect(r.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await api().gql(QUERY);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('registration makes the registering case manager the survivor’s case manager', async () => {
    const token = await api().login('manager.ciraq');
    const districts = await api().gql('{ districts { id code } }', {}, { token });
    const saa = (districts.body.data?.districts as { id: string; code: string }[]).find(
      (d) => d.code === 'SAA',
    )!;
    const r = await api().gql(
      `mutation R($input: RegisterBeneficiaryInput!) {
        registerBeneficiary(input: $input) { beneficiary { id } userErrors { code } }
      }`,
      {
        input: {
          districtId: saa.id,
          fullName: 'Test Survivor',
          sex: 'FEMALE',
          birthYear: 1980,
          householdSize: 0,
          consentGiven: true,
        },
      },
      { token },
    );
    const id = r.body.data?.registerBeneficiary.beneficiary?.id as string;
    expect(r.body.data?.registerBeneficiary.userErrors).toEqual([]);
    const saved = await api().dataSource.getRepository(BeneficiaryEntity).findOneByOrFail({ id });
    const ciraq = await api().dataSource.getRepository(UserEntity).findOneByOrFail({
      username: 'manager.ciraq',
    });
    expect(saved.caseManagerId).toBe(ciraq.id);
  });
});
