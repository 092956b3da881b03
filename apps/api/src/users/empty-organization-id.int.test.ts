import { describeEachDatabase } from '../test-support/test-server';

// Found by the fuzzer: "" passed the existence check and failed the foreign key (internal error).
describeEachDatabase(
  'an empty organisation id',
  (api) => {
    it('is refused as NOT_FOUND, not an internal error', async () => {
      const admin = await api().login('admin');
      const users = await api().gql(
        '{ users(first: 100) { edges { node { id username } } } }',
        {},
        { token: admin },
      );
      const id = users.body.data?.users.edges.find(
        (e: { node: { username: string } }) => e.node.username === 'manager.iom',
      )?.node.id as string;
      const r = await api().gql(
        `mutation U($input: UpdateUserInput!) { updateUser(input: $input) { userErrors { code field } } }`,
        { input: { userId: id, organizationId: '' } },
        { token: admin },
      );
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data?.updateUser.userErrors).toEqual([
        { code: 'NOT_FOUND', field: ['input', 'organizationId'] },
      ]);
    });
  },
  { seed: 'people' },
);
