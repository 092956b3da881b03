import { defaultFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';

let calls = 0;

/** How many field resolvers have run in this test process (see countResolverCalls). */
export const resolverCalls = (): number => calls;

/**
 * Wraps every field resolver of the schema (the default ones too) in a counter, so that a test
 * can prove a request was refused before anything was resolved. For tests only: install it with
 * `jest.mock('../graphql/schema', ...)` around buildAppSchema.
 */
export function countResolverCalls(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (...args) => {
        calls += 1;
        return resolve(...args);
      };
    }
  }
  return schema;
}
