import { type ApolloServerPlugin } from '@apollo/server';
import {
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Parser token limit (Apollo `parseOptions.maxTokens`). */
  maxTokens: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 5000,
  maxTokens: 5000,
};

/** A list without a `first` argument is assumed to hold this many items. */
const PLAIN_LIST_SIZE = 10;

export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Measures an operation. Introspection (`__schema`, `__type`) is not counted: analysts and
 * GraphiQL need it and it cannot reach data.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): OperationMeasure {
  let aliases = 0;

  const argInt = (value: unknown): number | undefined =>
    typeof value === 'number' ? value : undefined;

  const walk = (
    set: SelectionSetNode,
    parent: GraphQLNamedType | undefined,
    multiplier: number,
    seen: Set<string>,
  ): { depth: number; cost: number } => {
    let depth = 0;
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        if (sel.alias) aliases += 1;
        const def =
          parent && (isObjectType(parent) || isInterfaceType(parent))
            ? parent.getFields()[sel.name.value]
            : undefined;
        let factor = 1;
        const firstArg = sel.arguments?.find((a) => a.name.value === 'first');
        if (def?.args.some((a) => a.name === 'first')) {
          let first: number | undefined;
          if (firstArg?.value.kind === Kind.INT) first = Number(firstArg.value.value);
          if (firstArg?.value.kind === Kind.VARIABLE)
            first = argInt(variables[firstArg.value.name.value]);
          factor = Math.min(Math.max(first ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
        } else if (
          def &&
          isListType(getNullableType(def.type)) &&
          // A connection's edges are already counted by its `first`.
          !(sel.name.value === 'edges' && parent?.name.endsWith('Connection'))
        ) {
          factor = PLAIN_LIST_SIZE;
        }
        cost += multiplier;
        if (sel.selectionSet) {
          const child = walk(
            sel.selectionSet,
            def ? getNamedType(def.type) : undefined,
            multiplier * factor,
            seen,
          );
          depth = Math.max(depth, 1 + child.depth);
          cost += child.cost;
        } else {
          depth = Math.max(depth, 1);
        }
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        const child = walk(sel.selectionSet, type ?? undefined, multiplier, seen);
        depth = Math.max(depth, child.depth);
        cost += child.cost;
      } else {
        const name = sel.name.value;
        const fragment = fragments[name];
        if (!fragment || seen.has(name)) continue; // cycles are refused by validation anyway
        const child = walk(
          fragment.selectionSet,
          schema.getType(fragment.typeCondition.name.value) ?? undefined,
          multiplier,
          new Set([...seen, name]),
        );
        depth = Math.max(depth, child.depth);
        cost += child.cost;
      }
    }
    return { depth, cost };
  };

  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  const { depth, cost } = walk(operation.selectionSet, root ?? undefined, 1, new Set());
  return { depth, aliases, cost };
}

function refuse(message: string, limit: number, actual: number): never {
  throw new GraphQLError(`Operation refused before running: ${message}`, {
    extensions: { code: 'OPERATION_TOO_COMPLEX', limit, actual, http: { status: 400 } },
  });
}

/** Refuses operations over the limits after validation and before any resolver runs. */
export function operationLimitsPlugin<T extends object>(
  limits: OperationLimits,
): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions) {
            if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          }
          const m = measureOperation(schema, operation, fragments, request.variables ?? {});
          if (m.depth > limits.maxDepth) {
            refuse(
              `it is nested ${m.depth} levels deep; the limit is ${limits.maxDepth}.`,
              limits.maxDepth,
              m.depth,
            );
          }
          if (m.aliases > limits.maxAliases) {
            refuse(
              `it uses ${m.aliases} aliases; the limit is ${limits.maxAliases}.`,
              limits.maxAliases,
              m.aliases,
            );
          }
          if (m.cost > limits.maxCost) {
            refuse(
              `its estimated cost is ${m.cost} (lists count their page size); the limit is ${limits.maxCost}. Ask for smaller pages or fewer fields.`,
              limits.maxCost,
              m.cost,
            );
          }
        },
      };
    },
  };
}
