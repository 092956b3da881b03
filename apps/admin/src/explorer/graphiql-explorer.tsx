import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { useMemo } from 'react';
import { ANALYST_EXAMPLES } from './analyst-examples';
import { asTabQuery } from './extract-examples';
import { MemoryStorage } from './memory-storage';
import { createGraphqlFetcher } from './graphql-fetcher';

/**
 * GraphiQL, bundled (no CDN), in its own lazy chunk: it brings the Monaco editor, several
 * times the size of the rest of the app. Opens with one tab per example in the analysts guide.
 */
export default function GraphiqlExplorer() {
  const storage = useMemo(() => new MemoryStorage(), []);
  const fetcher = useMemo(() => createGraphqlFetcher(), []);
  const tabs = useMemo(() => ANALYST_EXAMPLES.map((e) => ({ query: asTabQuery(e) })), []);
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={tabs}
      storage={storage}
      isHeadersEditorEnabled={false}
      forcedTheme="light"
    />
  );
}
