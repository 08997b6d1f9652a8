import { describe, expect, it } from 'vitest';
import { annotateMarkdown, plainText } from '../../support/annotate-markdown.ts';
import type { KnowledgeBase } from '../../../src/annotate/knowledge-base.ts';

const linkFor = (kind: string, entity: string) => (kind === 'date' ? '#timeline' : `/${kind}/${entity}/`);

const kb: KnowledgeBase = {
  people: [
    {
      id: 'hakan-demirel',
      name: 'Hakan Demirel',
      aliases: [],
      descriptors: ['Turkey’s top diplomat'],
      roles: [],
      summary: 'A fictional minister.',
      sources: [{ name: 'Test', url: 'https://example.org/' }],
    },
  ],
  organizations: [],
};

describe('remarkAnnotate', () => {
  it('marks each kind with the HTML contract, adding no text', async () => {
    const markdown = 'ANKARA — Hakan Demirel met Iranian officials in Tehran on Monday. “We have agreed on a plan for the corridor,” Demirel said.';
    const result = await annotateMarkdown(markdown, { knowledgeBase: kb, linkFor }, '2024-03-15');
    expect(result.text).toBe(await plainText(markdown));
    expect(result.html).toContain(
      '<a href="/person/hakan-demirel/" class="annotation annotation-person" data-annotation-kind="person" data-entity="hakan-demirel">Hakan Demirel</a>',
    );
    expect(result.html).toContain('data-annotation-kind="country" data-entity="IR">Iranian</a>');
    expect(result.html).toContain('data-annotation-kind="capital" data-entity="TR" data-capital="Ankara">ANKARA</a>');
    expect(result.html).toContain(
      '<a href="#timeline" class="annotation annotation-date" data-annotation-kind="date" data-entity="2024-03-11"><time datetime="2024-03-11">Monday</time></a>',
    );
    const quote = result.findings.quotes[0]!;
    expect(result.html).toContain(
      `<span class="quote" id="${quote.id}" data-annotation-kind="quote" data-entity="${quote.id}" data-speaker="hakan-demirel">“We have agreed on a plan for the corridor,”</span>`,
    );
  });

  it('renders spans instead of links without linkFor, and never a link inside a link', async () => {
    const plain = await annotateMarkdown('Officials in Iran said so.');
    expect(plain.html).toContain('<span class="annotation annotation-country" data-annotation-kind="country" data-entity="IR">Iran</span>');
    const linked = await annotateMarkdown('See [the report on Iran](https://example.org/) today.', { linkFor });
    expect(linked.html).toContain('<a href="https://example.org/">the report on <span class="annotation annotation-country"');
  });

  it('splits a quote that spans emphasis and a link into parts, the first carrying the id', async () => {
    const markdown = '"We asked for clarity and we got *another* delay, see [the letter](https://example.org/)," Delgado said.';
    const result = await annotateMarkdown(markdown, { linkFor });
    const id = result.findings.quotes[0]!.id;
    expect(result.html.match(new RegExp(`id="${id}"`, 'gu'))).toHaveLength(1);
    expect(result.html.match(new RegExp(`data-quote-part="${id}"`, 'gu'))!.length).toBeGreaterThanOrEqual(2);
    expect(result.html).toContain('<em><span class="quote" data-quote-part=');
    expect(result.text).toBe(await plainText(markdown));
  });

  it('marks a quote across paragraphs by the multi-paragraph convention', async () => {
    const markdown = '"This is not a disease of the past.\n\n"It is a disease of poverty, and it is spreading," Amara Okonkwo said.';
    const result = await annotateMarkdown(markdown);
    expect(result.findings.quotes).toHaveLength(1);
    expect(result.findings.quotes[0]!.speaker).toBe('amara-okonkwo');
    expect(result.html.match(/class="quote"/gu)).toHaveLength(2);
  });

  it('keeps backslash escapes and entities out of the analysis and the text intact', async () => {
    const markdown = 'Tom \\*Bright\\* &amp; Iran said: “Nobody will be penalised before then.”';
    const result = await annotateMarkdown(markdown);
    expect(result.text).toBe(await plainText(markdown));
    expect(result.findings.countries[0]?.mentions[0]?.text).toBe('Iran');
  });

  it('degrades a failing detector to no marks of its kind and a warning naming the file', async () => {
    const result = await annotateMarkdown('Officials in Iran met on Monday.', {
      detectors: {
        countries: () => {
          throw new Error('boom');
        },
      },
    }, '2021-04-12');
    expect(result.findings.countries).toEqual([]);
    expect(result.findings.dates).toHaveLength(1);
    expect(result.html).not.toContain('data-annotation-kind="country"');
    expect(result.messages).toEqual(['the countries detector failed (boom); this article has no countries marks']);
  });

  it('renders an article with no quotes, unbalanced quote marks and no date', async () => {
    const markdown = 'Union leaders were less sure. "When they say no penalty, we have heard that before, said Ana Ruiz.\n\nNothing else happened.';
    const result = await annotateMarkdown(markdown);
    expect(result.findings.quotes).toEqual([]);
    expect(result.findings.dates).toEqual([]);
    expect(result.text).toBe(await plainText(markdown));
  });

  it('stores the findings for pages, and marks every finding it can show', async () => {
    const result = await annotateMarkdown('Hakan Demirel visited Iraq.', { knowledgeBase: kb });
    expect(result.findings.people[0]).toMatchObject({ id: 'hakan-demirel', known: true });
    expect(result.findings.countries[0]).toMatchObject({ code: 'IQ', name: 'Iraq' });
  });
});

describe('findings over Markdown', () => {
  it('keep the body’s own characters in `text` and give quotes a plain text for display', async () => {
    const markdown = '"We asked for clarity and we got *another* delay," Delgado said.';
    const { findings } = await annotateMarkdown(markdown);
    const quote = findings.quotes[0]!;
    expect(markdown.slice(quote.start, quote.end)).toBe(quote.text);
    expect(quote.text).toBe('We asked for clarity and we got *another* delay,');
    expect(quote.plainText).toBe('We asked for clarity and we got another delay,');
  });
});
