/**
 * The social-card side of `npm run bench`: the same corpus built three times in a row, with cards
 * off (CHT_SOCIAL_CARDS=off, the baseline), cold (an empty card cache) and warm (the cache the cold
 * build filled), each after Astro's content cache is removed, so only the card cache differs.
 */
import type { ProcessMeasurement } from './measure-process.ts';

export const CARD_BUILD_MODES = ['off', 'cold', 'warm'] as const;
export type CardBuildMode = (typeof CARD_BUILD_MODES)[number];

/** What the social-cards integration logged (src/integrations/social-cards.ts). */
export interface CardLog {
  cards: number;
  drawn: number;
  workers: number;
  /** Cards drawn while Astro was still bundling and rendering pages (the rest after). */
  drawnWhileBuilding: number;
  reused: number;
  satoriMs: number;
  resvgMs: number;
  pngMs: number;
  kb: number;
  /** Time the build waited for cards after Astro had written the pages. */
  waitedMs: number;
}

export interface CardBuild {
  mode: CardBuildMode;
  run: ProcessMeasurement;
  log: CardLog | undefined;
}

const LOG_LINE =
  /(\d+) social cards: (\d+) drawn by (\d+) workers? \((\d+) while Astro built\), (\d+) from the cache .*?satori ([\d.–]+) ms, resvg ([\d.–]+) ms, PNG ([\d.–]+) ms, ([\d.–]+) KB; waited ([\d.]+) s/;

function toNumber(text: string | undefined): number {
  return text === undefined || text === '–' ? Number.NaN : Number(text);
}

export function parseCardLog(output: string): CardLog | undefined {
  const match = LOG_LINE.exec(output);
  if (!match) return undefined;
  const [, cards, drawn, workers, early, reused, satori, resvg, png, kb, waited] = match;
  return {
    cards: toNumber(cards),
    drawn: toNumber(drawn),
    workers: toNumber(workers),
    drawnWhileBuilding: toNumber(early),
    reused: toNumber(reused),
    satoriMs: toNumber(satori),
    resvgMs: toNumber(resvg),
    pngMs: toNumber(png),
    kb: toNumber(kb),
    waitedMs: toNumber(waited) * 1000,
  };
}

/** Build environment for a mode; `cacheDir` is the run's own card cache, empty before `cold`. */
export function getCardBuildEnv(mode: CardBuildMode, cacheDir: string): Record<string, string> {
  return mode === 'off'
    ? { CHT_SOCIAL_CARDS: 'off' }
    : { CHT_SOCIAL_CARDS: 'on', CHT_CARD_CACHE_DIR: cacheDir };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function fixed(value: number): string {
  return Number.isNaN(value) ? '–' : value.toFixed(1);
}

/** One markdown table row per size: the three builds, their ratios, what the cards cost. */
export function formatCardTable(rows: Array<{ incidents: number; builds: CardBuild[] }>): string {
  const lines = [
    '| Records | Cards off | Cold cache | Warm cache | Cold ÷ off | Warm ÷ off | Peak RSS off / cold / warm | Cards drawn / reused (cold; warm) | Per card drawn: satori, resvg, PNG | PNG size |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const { incidents, builds } of rows) {
    const by = (mode: CardBuildMode) => builds.find((build) => build.mode === mode);
    const off = by('off');
    const cold = by('cold');
    const warm = by('warm');
    const ratio = (build: CardBuild | undefined) =>
      build && off ? `${(build.run.wallMs / off.run.wallMs).toFixed(2)}×` : '–';
    const counts = (build: CardBuild | undefined) =>
      build?.log ? `${build.log.drawn} / ${build.log.reused}` : '–';
    lines.push(
      [
        `| ${incidents.toLocaleString('en-US')}`,
        off ? seconds(off.run.wallMs) : '–',
        cold ? seconds(cold.run.wallMs) : '–',
        warm ? seconds(warm.run.wallMs) : '–',
        ratio(cold),
        ratio(warm),
        [off, cold, warm].map((build) => (build ? mb(build.run.peakRssBytes) : '–')).join(' / '),
        `${counts(cold)}; ${counts(warm)}`,
        cold?.log
          ? `${fixed(cold.log.satoriMs)} + ${fixed(cold.log.resvgMs)} + ${fixed(cold.log.pngMs)} ms (${cold.log.drawnWhileBuilding} drawn while Astro built, the rest by ${cold.log.workers} worker${cold.log.workers === 1 ? '' : 's'}; waited ${seconds(cold.log.waitedMs)} after pages)`
          : '–',
        cold?.log ? `${fixed(cold.log.kb)} KB |` : '– |',
      ].join(' | '),
    );
  }
  return lines.join('\n');
}
