/**
 * `CHT_SOCIAL_CARDS=off` builds the site without social cards: no PNG is drawn and pages carry no
 * og:image. It exists for the benchmark, to measure the build without cards in the same sitting;
 * a deployed site keeps them on.
 */
export function areSocialCardsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env['CHT_SOCIAL_CARDS']?.trim().toLowerCase() !== 'off';
}
