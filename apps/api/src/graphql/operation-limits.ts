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
  isLeafType,
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

/**
 * A list without a `first` argument is assumed to hold this many items: a typical loan's schedule
 * or repayments (12 to 24 for most terms, 17 on average in the scaled data), a household, a
 * session's enrollments. Nested lists multiply it, so it stays a typical size, not a maximum.
 */
const PLAIN_LIST_SIZE = 10;

/**
 * Values such as Money and PageInfo (no id, only scalar fields, no arguments) are built with
 * their parent, with no work of their own: they cost nothing beyond it. Records with an id (a
 * district) are loaded: they count.
 */
const valueTypes = new WeakMap<GraphQLNamedType, boolean>();
function isValueType(type: GraphQLNamedType): boolean {
  let known = valueTypes.get(type);
  if (known === undefined) {
    const fields = isObjectType(type) ? type.getFields() : undefined;
    known =
      fields !== undefined &&
      !('id' in fields) &&
      Object.values(fields).every((f) => f.args.length === 0 && isLeafType(getNamedType(f.type)));
    valueTypes.set(type, known);
  }
  return known;
}

export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Measures an operation. The cost is the number of objects the answer may hold (as Shopify
 * counts): each object, list item and edge costs 1, lists multiply what they hold by their
 * `first` (or PLAIN_LIST_SIZE), and scalars, enums and small values (Money) cost nothing: the
 * work of a request grows with its objects, while its fields per object are bounded by the
 * token and alias limits. Introspection (`__schema`, `__type`) is not counted: analysts and
 * GraphiQL need it and it cannot reach data.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): OperationMeasure {
  let aliases = 0;
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();

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
        const paged = def?.args.some((a) => a.name === 'first') ?? false;
        if (paged) {
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
        if (sel.selectionSet) {
          const type = def ? getNamedType(def.type) : undefined;
          const items = multiplier * factor;
          // A connection is one object per parent: its edges are counted by `first`.
          if (!(type && factor === 1 && isValueType(type))) cost += paged ? multiplier : items;
          const child = walk(sel.selectionSet, type, items, seen);
          depth = Math.max(depth, 1 + child.depth);
          cost += child.cost;
        } else {
          // A root field may compute something of its own (a count, a report): never free.
          if (parent && parent === root) cost += multiplier;
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

  const { depth, cost } = walk(operation.selectionSet, root ?? undefined, 1, new Set());
  return { depth, aliases, cost };
}

/** Per parsed operation (Apollo keeps parsed documents): its variables that size lists, and the measures by their values. */
const measures = new WeakMap<
  OperationDefinitionNode,
  { sizing: string[]; byValues: Map<string, OperationMeasure> }
>();

/** measureOperation, once per operation and values of the variables it reads (`first`). */
function measureCached(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): OperationMeasure {
  const known = measures.get(operation);
  const key = (sizing: string[]) => JSON.stringify(sizing.map((name) => variables[name] ?? null));
  const hit = known?.byValues.get(key(known.sizing));
  if (hit) return hit;
  const read = new Set<string>();
  const watched = new Proxy(variables, {
    get(target, name) {
      if (typeof name === 'string') read.add(name);
      return target[name as string];
    },
  });
  const m = measureOperation(schema, operation, fragments, watched);
  const entry = known ?? { sizing: [...read], byValues: new Map<string, OperationMeasure>() };
  // A few page sizes per operation at most; never let a client grow it without bound.
  if (entry.byValues.size < 100) entry.byValues.set(key(entry.sizing), m);
  measures.set(operation, entry);
  return m;
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
          const m = measureCached(schema, operation, fragments, request.variables ?? {});
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
