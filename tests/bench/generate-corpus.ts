/**
 * Writes a seeded synthetic content folder for scale tests and benchmarks:
 *   node tests/bench/generate-corpus.ts --out /tmp/corpus --incidents 10000 --articles 500 [--seed 1]
 * Same seed and sizes → byte-identical files. Records fill every field the way real ones do
 * (victims, attribution, losses with source keys, timeline, narrative with [[refs]]), so build and
 * index costs are realistic. Taxonomies are copied from content/ so labels look real.
 */
import { createRandom } from '../support/seeded-random.ts';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';

export interface CorpusOptions {
  out: string;
  incidents: number;
  articles: number;
  seed: number;
}

const COUNTRIES = [
  'BD',
  'VN',
  'EC',
  'PH',
  'US',
  'KR',
  'JP',
  'IN',
  'CL',
  'MX',
  'PL',
  'TW',
  'MT',
  'SG',
  'HK',
  'AE',
  'GB',
  'DE',
  'BR',
  'NG',
  'ZA',
  'TR',
  'RU',
  'EE',
  'AU',
  'CA',
  'FR',
  'ES',
  'IT',
  'NL',
];
const SECTORS = [
  'banking',
  'central-banking',
  'crypto-exchange',
  'crypto-bridge',
  'crypto-wallet',
  'gambling',
  'crypto-payments',
  'defi',
  'payments',
  'media',
];
const METHODS = [
  'swift-fraud',
  'spearphishing',
  'social-engineering',
  'private-key-compromise',
  'supply-chain',
  'watering-hole',
  'custom-malware',
  'atm-cashout',
];
const ACTORS = ['lazarus-group', 'apt38', 'tradertraitor', 'andariel'];
const WORDS = (
  'attackers bank exchange wallet transfer fraudulent orders keys validators bridge laundering mixer ' +
  'investigators attributed sanctions treasury malware phishing recruiter engineer network servers ' +
  'payment messages correspondent account hot cold multisignature signers ransom tokens stablecoin ' +
  'swapped dispersed frozen recovered seized court indictment prosecutors analysts blockchain ' +
  'compromised credentials insider vendor update operators campaign regulator central commercial'
).split(' ');

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function pickSome<T>(random: () => number, items: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(random() * max);
  return [...new Set(Array.from({ length: count }, () => pick(random, items)))];
}

function sentence(random: () => number, words: number): string {
  const text = Array.from({ length: words }, () => pick(random, WORDS)).join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function generateCorpus(options: CorpusOptions): { incidentIds: string[] } {
  const random = createRandom(options.seed);
  rmSync(options.out, { recursive: true, force: true });
  for (const folder of [
    'incidents',
    'actors',
    'articles',
    'authors',
    'taxonomy',
    'estimates',
    'actions',
    'facilitators',
  ])
    mkdirSync(path.join(options.out, folder), { recursive: true });
  cpSync('content/taxonomy', path.join(options.out, 'taxonomy'), { recursive: true });
  // Publishers and estimates as they are: the corpus cites real publishers, and /coverage/ compares.
  for (const folder of ['publishers', 'estimates'])
    cpSync(`content/${folder}`, path.join(options.out, folder), {
      recursive: true,
      filter: (file) => !path.basename(file).startsWith('_'),
    });
  // Actor profiles without their descriptions: those cite real incidents the corpus does not hold.
  for (const file of readdirSync('content/actors').filter(
    (name) => name.endsWith('.yaml') && !name.startsWith('_'),
  )) {
    const actor = parse(readFileSync(path.join('content/actors', file), 'utf8')) as Record<string, unknown>;
    delete actor['description'];
    writeFileSync(path.join(options.out, 'actors', file), stringify(actor));
  }
  cpSync('content/authors', path.join(options.out, 'authors'), {
    recursive: true,
    filter: (file) => !path.basename(file).startsWith('_'),
  });

  const ids: string[] = [];
  for (let i = 0; i < options.incidents; i += 1) {
    const year = 2013 + Math.floor(random() * 13);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const precision = random();
    const start =
      precision < 0.1
        ? String(year)
        : precision < 0.3
          ? `${year}-${pad(month)}`
          : `${year}-${pad(month)}-${pad(day)}`;
    const id =
      precision < 0.1 ? `${year}-synthetic-${pad(i, 5)}` : `${year}-${pad(month)}-synthetic-${pad(i, 5)}`;
    const stolen = Math.round(10 ** (5 + random() * 4.2));
    const status = random() < 0.1 ? 'attempted' : random() < 0.1 ? 'disrupted' : 'completed';
    const sources = [0, 1, 2].map((n) => ({
      key: `source-${n}`,
      title: sentence(random, 8).slice(0, -1),
      publisher: pick(random, ['reuters', 'mandiant', 'us-doj', 'chainalysis', 'elliptic']),
      date: `${year}-${pad(month)}`,
      url: `https://example.com/${id}/source-${n}`,
    }));
    const related = ids.length > 0 && random() < 0.4 ? [pick(random, ids)] : [];
    const narrativeRef = ids.length > 0 ? ` See [[${pick(random, ids)}]] for a comparable case.` : '';
    // Prose as authors write it: apostrophes and quotes (typographic quotes at render time), a
    // link to a source, emphasis and an ATT&CK id, so rendering and checks do their real work.
    const quoted = sentence(random, 4).slice(0, -1).toLowerCase();
    const sourceLink = `[the ${sources[0]?.publisher ?? ''} report](${sources[0]?.url ?? ''})`;
    const record = {
      title: `Synthetic ${pick(random, ['exchange', 'bank', 'bridge', 'wallet'])} theft ${i}`,
      summary: `${sentence(random, 18)} ${sentence(random, 12)}`,
      narrative: [
        `${sentence(random, 40)} The victim's ${pick(random, WORDS)} team called it "${quoted}".`,
        `${sentence(random, 50)}${narrativeRef} According to ${sourceLink}, the *${pick(random, WORDS)}* began with T1566.001.`,
        `${sentence(random, 45)} It's one of ${Math.floor(random() * 90) + 10} such cases.`,
      ].join('\n\n'),
      status,
      category: random() < 0.05 ? 'campaign' : 'heist',
      dates: { start, ...(random() < 0.5 ? { disclosed: `${year + 1}` } : {}) },
      victims: pickSome(random, COUNTRIES, 2).map((country, n) => ({
        name: `Victim ${i}-${n}`,
        country,
        sector: pick(random, SECTORS),
      })),
      attribution: pickSome(random, ACTORS, 2).map((actor) => ({
        actor,
        confidence: pick(random, ['low', 'medium', 'high'] as const),
        by: pick(random, ['FBI', 'Example Security', 'UN Panel of Experts']),
        source: 'source-0',
      })),
      methods: pickSome(random, METHODS, 3),
      techniques: random() < 0.5 ? ['T1566.001'] : [],
      malware: random() < 0.3 ? ['SyntheticLoader'] : [],
      losses:
        status === 'attempted'
          ? { attempted: { usd: stolen, source: 'source-1' } }
          : {
              attempted: { usd: stolen * 2, source: 'source-1' },
              stolen: { usd: stolen, source: 'source-1' },
              ...(random() < 0.3
                ? { recovered: { usd: Math.round(stolen * random() * 0.5), source: 'source-2' } }
                : {}),
            },
      timeline: [
        { date: start, event: sentence(random, 12), source: 'source-0' },
        { date: `${year + 1}`, event: sentence(random, 10), source: 'source-2' },
      ],
      related,
      sources,
    };
    ids.push(id);
    writeFileSync(path.join(options.out, 'incidents', `${id}.yaml`), stringify(record));
  }

  for (let a = 0; a < options.articles; a += 1) {
    const cited = Array.from({ length: 4 }, () => pick(random, ids));
    const paragraphs = Array.from(
      { length: 8 },
      (_, n) =>
        `${sentence(random, 40)} ${n % 2 === 0 ? `[[${pick(random, cited)}]]` : ''} ${sentence(random, 50)}` +
        (n === 3
          ? ` The analysts' "${sentence(random, 3).slice(0, -1).toLowerCase()}" reading, per [a report](https://example.com/report-${a}).`
          : ''),
    );
    // One article in ten draws a chart with an author component, as analysis pieces do.
    if (a % 10 === 0) paragraphs.splice(4, 0, `<Timeline actor="${pick(random, ACTORS)}" />`);
    const body = [
      '## Background',
      ...paragraphs.slice(0, 3),
      '## Analysis',
      ...paragraphs.slice(3, 6),
      '## Outlook',
      ...paragraphs.slice(6),
    ].join('\n\n');
    const frontmatter = stringify({
      title: `Synthetic analysis ${a}`,
      description: sentence(random, 16),
      published: `2025-${pad(1 + (a % 12))}-${pad(1 + (a % 28))}`,
      authors: ['editors'],
      topics: [],
      incidents: [...new Set(cited)],
    });
    writeFileSync(
      path.join(options.out, 'articles', `2025-${pad(1 + (a % 12))}-synthetic-analysis-${pad(a, 4)}.mdx`),
      `---\n${frontmatter}---\n\n${body}\n`,
    );
  }
  return { incidentIds: ids };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      incidents: { type: 'string', default: '1000' },
      articles: { type: 'string', default: '100' },
      seed: { type: 'string', default: '1' },
    },
  });
  if (!values.out)
    throw new Error(
      'usage: node tests/bench/generate-corpus.ts --out DIR [--incidents N] [--articles N] [--seed N]',
    );
  const started = performance.now();
  generateCorpus({
    out: values.out,
    incidents: Number(values.incidents),
    articles: Number(values.articles),
    seed: Number(values.seed),
  });
  console.log(
    `wrote ${values.incidents} incidents and ${values.articles} articles to ${values.out} in ${Math.round(performance.now() - started)} ms`,
  );
}
