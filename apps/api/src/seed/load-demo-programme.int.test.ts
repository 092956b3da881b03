import { DEMO_SURVIVORS } from './demo-programme';
import { demoSeedAllowed, loadDemoProgramme } from './load-demo-programme';
import { describeEachDatabase } from '../test-support/test-server';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { HouseholdMemberEntity } from '../beneficiaries/household-member.entity';
import { UserEntity } from '../users/user.entity';

describe('demoSeedAllowed', () => {
  it('refuses under NODE_ENV=production unless ALLOW_DEMO_SEED=1', () => {
    expect(demoSeedAllowed({ NODE_ENV: 'production' })).toBe(false);
    expect(demoSeedAllowed({ NODE_ENV: 'production', ALLOW_DEMO_SEED: '1' })).toBe(true);
    expect(demoSeedAllowed({ NODE_ENV: 'development' })).toBe(true);
    expect(demoSeedAllowed({})).toBe(true);
  });
});

describeEachDatabase('demo programme seed', (api) => {
  it('loads 40 survivors, about 160 household members and the demo sign-ins', async () => {
    const ds = api().dataSource;
    expect(await ds.getRepository(BeneficiaryEntity).count()).toBe(40);
    expect(await ds.getRepository(HouseholdMemberEntity).count()).toBe(160);
    const users = await ds.getRepository(UserEntity).find();
    expect(users.map((u) => u.username).sort()).toEqual(
      [
        '+994500000001',
        '+994500000009',
        '+994500000021',
        '+994500000036',
        'admin',
        'analyst.anama',
        'analyst.undp',
        'committee',
        'manager.ciraq',
        'manager.iom',
      ].sort(),
    );
    expect(DEMO_SURVIVORS.filter((s) => s.pin)).toHaveLength(4);
  });

  it('is harmless to run again: nothing added, nothing changed', async () => {
    const ds = api().dataSource;
    const before = await ds.getRepository(UserEntity).find({ order: { username: 'ASC' } });
    const again = await loadDemoProgramme(ds);
    expect(Object.values(again.created).every((n) => n === 0)).toBe(true);
    expect(await ds.getRepository(BeneficiaryEntity).count()).toBe(40);
    expect(await ds.getRepository(UserEntity).find({ order: { username: 'ASC' } })).toEqual(before);
  });

  it('every demo user signs in with the documented password', async () => {
    for (const u of [
      'admin',
      'manager.iom',
      'manager.ciraq',
      'committee',
      'analyst.undp',
      'analyst.anama',
    ]) {
      expect(await api().login(u, 'demo-password')).toBeTruthy();
    }
    for (const s of DEMO_SURVIVORS.filter((x) => x.pin))
      expect(await api().login(s.phone, s.pin!)).toBeTruthy();
  });
});
