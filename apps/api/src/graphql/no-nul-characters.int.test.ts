import { resolverCalls } from '../test-support/resolver-counter';
import { LOGIN, describeEachDatabase } from '../test-support/test-server';
import { pathOfNul } from './no-nul-characters';

jest.mock('./schema', () => {
  const actual = jest.requireActual<typeof import('./schema')>('./schema');
  const { countResolverCalls } = jest.requireActual<
    typeof import('../test-support/resolver-counter')
  >('../test-support/resolver-counter');
  return {
    ...actual,
    buildAppSchema: async () => countResolverCalls(await actual.buildAppSchema()),
  };
});

describe('pathOfNul', () => {
  it('names the first string holding U+0000', () => {
    expect(pathOfNul({ input: { a: 'ok', b: ['x', 'y\u0000'] } })).toBe('input.b.1');
    expect(pathOfNul({ input: { a: 'ok', n: 3 } })).toBeNull();
  });
});

// Found by the fuzzer: PostgreSQL refused the text and the client saw an internal error.
describeEachDatabase(
  'U+0000 in input',
  (api) => {
    it('is refused as bad input naming the field, before any resolver, on both databases', async () => {
      const before = resolverCalls();
      const r = await api().gql(LOGIN, { input: { username: 'admin\u0000', password: 'x' } });
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.username',
      });
      const literal = await api().gql(
        'mutation { login(input: { username: "a\\u0000", password: "x" }) { token } }',
      );
      expect(literal.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(resolverCalls()).toBe(before);
    });
  },
  // People only: no money or loans are needed, and seeding them is most of the time.
  { seed: 'people' },
);
