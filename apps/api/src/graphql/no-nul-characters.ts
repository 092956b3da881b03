import { type ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, Kind, visit } from 'graphql';

const NUL = '\u0000';

/** The path of the first string holding U+0000 in a variables object, or null. */
export function pathOfNul(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path.join('.') || 'input' : null;
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = pathOfNul(inner, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/** Per parsed document (Apollo keeps them): the literals never change. */
const literalsWithNul = new WeakMap<DocumentNode, boolean>();

function literalHasNul(document: DocumentNode): boolean {
  let found = literalsWithNul.get(document);
  if (found !== undefined) return found;
  found = scanLiterals(document);
  literalsWithNul.set(document, found);
  return found;
}

function scanLiterals(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes(NUL)) found = true;
    },
  });
  return found;
}

/**
 * PostgreSQL cannot store U+0000 in text ("invalid byte sequence") while SQLite can: refuse it
 * in every input, on both databases alike, before any resolver runs. Found by the fuzzer.
 */
export function noNulCharactersPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const field =
            pathOfNul(request.variables ?? {}) ?? (literalHasNul(document) ? 'query' : null);
          if (field === null) return;
          throw new GraphQLError('Text may not contain the NUL character (U+0000).', {
            extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
          });
        },
      };
    },
  };
}
