import { LOGIN, describeEachDatabase } from '../test-support/test-server';

const MINUTE = 60 * 1000;

// auth.int.test.ts covers five quick failures; these cover the 15-minute window and PINs.
describeEachDatabase(
  'brute force',
  (api) => {
    const attempt = async (username: string, password: string) =>
      (await api().gql(LOGIN, { input: { username, password } })).body.data?.login as {
        token: string | null;
        userErrors: { code: string }[];
      };

    it('the sixth attempt within 15 minutes is refused even with the right password', async () => {
      for (let i = 0; i < 5; i++) {
        expect((await attempt('manager.ciraq', `wrong-${i}`)).userErrors[0]?.code).toBe(
          'INVALID_CREDENTIALS',
        );
        api().advanceClock(3.5 * MINUTE); // five failures over 14 minutes
      }
      const sixth = await attempt('manager.ciraq', 'demo-password');
      expect(sixth.token).toBeNull();
      expect(sixth.userErrors[0]?.code).toBe('LOCKED');
      // Locked for 15 minutes after the last failure, then open again.
      api().advanceClock(10 * MINUTE);
      expect((await attempt('manager.ciraq', 'demo-password')).userErrors[0]?.code).toBe('LOCKED');
      api().advanceClock(5 * MINUTE);
      expect((await attempt('manager.ciraq', 'demo-password')).token).toBeTruthy();
    });

    it('five failures spread over more than 15 minutes do not lock', async () => {
      for (let i = 0; i < 5; i++) {
        await attempt('analyst.undp', `wrong-${i}`);
        api().advanceClock(4 * MINUTE); // first to fifth: 16 minutes
      }
      expect((await attempt('analyst.undp', 'demo-password')).token).toBeTruthy();
    });

    it('a survivor PIN (six digits, so the likeliest target) locks the same way', async () => {
      for (const pin of ['000000', '111111', '123456', '654321', '999999']) {
        expect((await attempt('+994500000001', pin)).userErrors[0]?.code).toBe(
          'INVALID_CREDENTIALS',
        );
      }
      const sixth = await attempt('+994500000001', '135790');
      expect(sixth.token).toBeNull();
      expect(sixth.userErrors[0]?.code).toBe('LOCKED');
    });
  },
  // People only: no money or loans are needed, and seeding them is most of the time.
  { seed: 'people' },
);
