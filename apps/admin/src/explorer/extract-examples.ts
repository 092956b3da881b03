export interface ExampleQuery {
  /** The words that introduce the block in the guide, e.g. "The programme at a glance". */
  title: string;
  query: string;
}

const BLOCK = /```graphql\n([\s\S]*?)```/g;

/**
 * The ```graphql blocks of a markdown guide, each with the numbered paragraph before it as its
 * title ("2. PAR30 and the repayment rate by district (...):" → "PAR30 and the repayment rate
 * by district"). The explorer reads docs/analysts.md through this, so the two cannot drift.
 */
export function extractExamples(markdown: string): ExampleQuery[] {
  const examples: ExampleQuery[] = [];
  for (const match of markdown.matchAll(BLOCK)) {
    const before = markdown.slice(0, match.index).trimEnd();
    const paragraph = before.slice(before.lastIndexOf('\n\n') + 2).replace(/\s+/g, ' ');
    const title = paragraph
      .replace(/^#+\s*|^\d+\.\s*/, '')
      .replace(/\s*\(.*$/, '')
      .replace(/[:.]\s*$/, '')
      .trim();
    examples.push({ title: title || `Example ${examples.length + 1}`, query: match[1]!.trim() });
  }
  return examples;
}

/**
 * A query ready for an explorer tab: shorthand `{ ... }` queries get an operation name from
 * the title, so each tab is named rather than "untitled", and the title stays as a comment.
 */
export function asTabQuery({ title, query }: ExampleQuery): string {
  const words = title.match(/[A-Za-z0-9]+/g) ?? [];
  const name = words
    .slice(0, 6)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')
    .replace(/^\d+/, '');
  const named = query.startsWith('{') && name ? `query ${name} ${query}` : query;
  return `# ${title}\n${named}\n`;
}
