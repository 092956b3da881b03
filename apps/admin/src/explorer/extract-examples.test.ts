import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { asTabQuery, extractExamples } from './extract-examples';

// The same file the explorer imports with Vite's ?raw.
const guide = readFileSync(join(__dirname, '../../../../docs/analysts.md'), 'utf8');

describe('example queries from the analysts guide', () => {
  const examples = extractExamples(guide);

  it('finds at least ten, each titled by the words before it, each valid GraphQL', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(examples[0]!.title).toBe('The programme at a glance');
    expect(examples[1]!.title).toBe('PAR30 and the repayment rate by district');
    for (const e of examples) {
      expect(e.title).not.toMatch(/^\d|:$/);
      expect(() => parse(asTabQuery(e))).not.toThrow();
    }
  });

  it('reads titles over several lines and ignores other code blocks', () => {
    const md = [
      '```sh\ncurl x\n```',
      '',
      '3. The same for a period, e.g. since 2020 (put dates',
      '   in `from`):',
      '',
      '```graphql\n{ indicators { par30 } }\n```',
    ].join('\n');
    expect(extractExamples(md)).toEqual([
      { title: 'The same for a period, e.g. since 2020', query: '{ indicators { par30 } }' },
    ]);
  });

  it('names shorthand queries after their title and keeps named ones', () => {
    expect(asTabQuery({ title: 'The fund: donors', query: '{ fund { id } }' })).toBe(
      '# The fund: donors\nquery TheFundDonors { fund { id } }\n',
    );
    expect(asTabQuery({ title: 'Paged', query: 'query P { a }' })).toBe('# Paged\nquery P { a }\n');
  });
});
