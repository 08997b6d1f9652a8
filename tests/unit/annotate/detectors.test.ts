/** Each detector on short constructed news sentences, knowledge base empty. */
import { describe, expect, it } from 'vitest';
import { findCountries } from '../../../src/annotate/find-countries.ts';
import { findDates } from '../../../src/annotate/find-dates.ts';
import { annotateText } from '../../../src/annotate/annotate-text.ts';

const countries = (text: string) => {
  const found = findCountries(text);
  return [
    ...found.countries.flatMap((c) => c.mentions.map((m) => `${c.code}:${m.text}`)),
    ...found.capitals.flatMap((c) => c.mentions.map((m) => `${c.name}/${c.code}:${m.text}`)),
  ].sort();
};
const dates = (text: string, published = '2021-04-12') => findDates(text, new Date(published)).map((d) => `${d.text}=${d.value}`);
const quotes = (text: string) => annotateText(text).findings.quotes.map((q) => `${q.speaker ?? '-'}|${q.attribution.rule}|${q.text}`);

describe('findCountries', () => {
  it.each([
    ['Iran’s and Iraq\'s envoys met Americans, Saudis and an Iranian.', ['IQ:Iraq\'s', 'IR:Iran’s', 'IR:Iranian', 'SA:Saudis', 'US:Americans']],
    ['The U.S. and the UK, the US and the USA.', ['GB:UK', 'US:U.S.', 'US:US', 'US:USA']],
    ['TEHRAN — Talks on Tehran-Baghdad cooperation.', ['Baghdad/IQ:Baghdad', 'Tehran/IR:TEHRAN', 'Tehran/IR:Tehran']],
    ['Neighbouring Benin is watching. Landlocked Chad too.', ['BJ:Benin', 'TD:Chad']],
    ['Papua New Guinea and Guinea; Turkey and Czech Republic.', ['CZ:Czech Republic', 'GN:Guinea', 'PG:Papua New Guinea', 'TR:Turkey']],
  ])('%s', (text, expected) => {
    expect(countries(text)).toEqual([...expected].sort());
  });

  it.each([
    'Researchers at Georgia Tech told us about New Mexico.',
    'Jordan Lee said so, and Chad Morrison agreed.',
    'SA/PA',
    'George Washington crossed the river.',
    'New Mexico voted. Sierra Leone Road is closed.',
  ])('finds no country in "%s"', (text) => {
    expect(countries(text)).toEqual([]);
  });
});

describe('findDates (published Monday 12 April 2021)', () => {
  it.each([
    ['They met on Monday.', ['Monday=2021-04-12']],
    ['They met on Friday.', ['Friday=2021-04-09']],
    ['They will meet on Friday.', ['Friday=2021-04-16']],
    ['It rose last month and fell last year.', ['last month=2021-03', 'last year=2020']],
    ['Elected in 2019, in office since 1979.', ['2019=2019', '1979=1979']],
    ['It happened on January 3, 2020 and on 3 January 2020.', ['January 3, 2020=2020-01-03', '3 January 2020=2020-01-03']],
    ['Talks began on April 2. Two days later they ended.', ['April 2=2021-04-02', 'Two days later=2021-04-04']],
    ['The vote was held in July; the next will be in May.', ['July=2020-07', 'May=2021-05']],
    ['They met last September and last April; talks resume next March.', ['last September=2020-09', 'last April=2020-04', 'next March=2022-03']],
    ['There is fuel to last until June, and the subsidy ends by July.', ['June=2021-06', 'July=2021-07']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    'He worked there for two years.',
    'They met at 3 pm and again at 10:30.',
    'Some 2,019 people and 2019 troops came.',
    'Queues returned two days after the company said it had fuel.',
  ])(
    'finds no date in "%s"',
    (text) => {
      expect(dates(text)).toEqual([]);
    },
  );

  it('keeps only fully stated dates without a publication date', () => {
    expect(findDates('On Monday, as on January 3, 2020.').map((d) => d.value)).toEqual(['2020-01-03']);
  });
});

describe('people without a knowledge base', () => {
  const people = (text: string) =>
    annotateText(text).findings.people.map((p) => `${p.id}: ${p.mentions.map((m) => `${m.text}[${m.via}]`).join(', ')}`);

  it('keeps a whole title and a nationality before a name as a descriptor', () => {
    expect(people('Her rival, Prime Minister Levan Kobakhidze of the governing party, spoke.')).toEqual([
      'levan-kobakhidze: Prime Minister Levan Kobakhidze[descriptor], Levan Kobakhidze[name]',
    ]);
    expect(people('Iranian Major General Qassem Soleimani was killed.')).toEqual([
      'qassem-soleimani: Iranian Major General Qassem Soleimani[descriptor], Qassem Soleimani[name]',
    ]);
  });

  it('finds a name between commas before a speech verb, and the description before it', () => {
    expect(people("Pakistan's climate minister, Sana Baloch, said the country was under water.")).toEqual([
      "sana-baloch: Pakistan's climate minister[descriptor], Sana Baloch[name]",
    ]);
  });

  it('"the senator" refers to the one person the article describes as a senator, from then on', () => {
    const text = "The senator arrived. Ohio's senior senator, Mark Delaney, praised it. The senator said he was pleased; the senator's aide, Ann Roe, agreed.";
    expect(people(text)).toEqual([
      "mark-delaney: Ohio's senior senator[descriptor], Mark Delaney[name], The senator[descriptor]",
      'ann-roe: Ann Roe[name]',
    ]);
    // Two ministers: "the minister" could be either, so it is nobody.
    expect(people('Finance Minister Ana Ruiz met Foreign Minister Tom Bright. The minister said little.')).toEqual([
      'ana-ruiz: Finance Minister Ana Ruiz[descriptor], Ana Ruiz[name]',
      'tom-bright: Foreign Minister Tom Bright[descriptor], Tom Bright[name]',
    ]);
  });

  it('takes no plural noun or pronoun before a speech verb for a person', () => {
    expect(people('Analysts said the plan would fail. "Nobody asked us," said Ruth Oyelaran.')).toEqual(['ruth-oyelaran: Ruth Oyelaran[name]']);
  });
});

describe('quotes and speakers', () => {
  it.each([
    ['“We have agreed on a plan,” Hakan Demirel said.', ['hakan-demirel|said-after|We have agreed on a plan,']],
    ['"The door remains open for all," said Hakan Demirel.', ['hakan-demirel|said-after|The door remains open for all,']],
    ['Maria Delgado said: «Nobody will be penalised before then.»', ['maria-delgado|said-before|Nobody will be penalised before then.']],
    ['‘We have heard promises like this,’ Ana Ruiz said.', ['ana-ruiz|said-after|We have heard promises like this,']],
    ['"Nobody will be penalised before then," according to Tom Bright.', ['tom-bright|according-to|Nobody will be penalised before then,']],
    ['Tom Bright spoke at length. He said, "Nobody will be penalised before then."', ['tom-bright|pronoun|Nobody will be penalised before then.']],
    ['Tom Bright defended the rules, saying "the guidance was published in full."', ['tom-bright|saying|the guidance was published in full.']],
    [
      'Moira Campbell, who runs a fish market, said the delay had cost them "tens of thousands of pounds" a year.',
      ['moira-campbell|said-before|tens of thousands of pounds'],
    ],
    [
      '"The depots are full," the company\'s spokesman, Olumide Adeyemi, told Reuters.',
      ['olumide-adeyemi|said-after|The depots are full,'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it('a quote nested in a quote counts once; an apostrophe never closes a quote', () => {
    expect(quotes('“When they say ‘no penalty’, we don’t believe Iran’s promises,” Ana Ruiz said.')).toEqual([
      'ana-ruiz|said-after|When they say ‘no penalty’, we don’t believe Iran’s promises,',
    ]);
  });

  it('scare quotes and unbalanced marks are not quotes', () => {
    expect(quotes('He called the criticism "misplaced" and the plan "a joke".')).toEqual([]);
    expect(quotes('"When they say no penalty, we have heard that before, said Ana Ruiz.\n\nNothing else.')).toEqual([]);
  });

  it('a free-standing quote continues the previous speaker', () => {
    expect(quotes('Maria Delgado said the rules were unfair. “Families will pay for this mistake.”')).toEqual([
      'maria-delgado|continuation|Families will pay for this mistake.',
    ]);
  });
});
