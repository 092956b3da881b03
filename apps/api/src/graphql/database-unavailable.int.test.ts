import { describeEachDatabase } from '../test-support/test-server';

const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

// The process-level proof (a real PostgreSQL stopped under load) is e2e/resilience.
describeEachDatabase(
  'while the database is away',
  (api) => {
    it('a resolver that cannot reach it answers SERVICE_UNAVAILABLE, without internals', async () => {
      const token = await api().login('admin');
      const spy = jest.spyOn(api().dataSource, 'getRepository').mockImplementation(() => {
        throw refused();
      });
      try {
        const r = await api().gql('{ organizations { code } }', {}, { token });
        expect(r.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
        expect(r.body.errors?.[0]?.message).toMatch(/database is not answering/);
        expect(JSON.stringify(r.body)).not.toMatch(/ECONNREFUSED|5432/);
      } finally {
        spy.mockRestore();
      }
    });

    it('a signed-in request whose session cannot be read gets a 503 with SERVICE_UNAVAILABLE', async () => {
      const token = await api().login('admin');
      // The sign-in is one statement reading sessions with their users.
      const original = api().dataSource.query.bind(api().dataSource);
      const spy = jest.spyOn(api().dataSource, 'query').mockImplementation((sql, ...rest) => {
        if (/FROM "sessions"/.test(sql)) return Promise.reject(refused());
        return original(sql, ...rest);
      });
      try {
        const r = await api().gql('{ me { id } }', {}, { token });
        expect(r.status).toBe(503);
        expect(r.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
        expect(JSON.stringify(r.body)).not.toMatch(/ECONNREFUSED|stack/);
      } finally {
        spy.mockRestore();
      }
      // And it recovers by itself when the database is back.
      expect((await api().gql('{ me { username } }', {}, { token })).body.data?.me?.username).toBe(
        'admin',
      );
    });
  },
  // People only: no money or loans are needed, and seeding them is most of the time.
  { seed: 'people' },
);
