/**
 * A laundering trail holds together: each step's facilitator exists, `from` points to an earlier
 * step, no step is dated before the theft began, the money fed onward from a step never exceeds
 * what went through it, what left the theft directly never exceeds what was stolen, and money a
 * trail says ended frozen or returned is within the record's own frozen or recovered figure.
 */
import { formatUsdExact } from '../../lib/money.ts';
import { formatPartialDate, isDefinitelyBefore } from '../../lib/partial-date.ts';
import type { ContentProblem } from '../problem.ts';
import { problemAt, type ValidatedContent } from '../validate-records.ts';

export function checkTrails(content: ValidatedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const incident of content.incidents) {
    const { trail, losses, dates } = incident.data;
    trail.forEach((step, index) => {
      if (step.facilitator && !content.ids.facilitators.has(step.facilitator))
        problems.push(
          problemAt(
            incident,
            ['trail', index, 'facilitator'],
            `unknown facilitator id "${step.facilitator}"; expected an id from content/facilitators/`,
          ),
        );
      if (step.from !== undefined && step.from >= index)
        problems.push(
          problemAt(
            incident,
            ['trail', index, 'from'],
            `from ${step.from} does not point to an earlier step; expected the index (from 0) of a step above this one`,
          ),
        );
      if (isDefinitelyBefore(step.date, dates.start))
        problems.push(
          problemAt(
            incident,
            ['trail', index, 'date'],
            `the step (${formatPartialDate(step.date)}) is dated before the incident began (${formatPartialDate(dates.start)})`,
          ),
        );
    });
    for (const [end, figure, field] of [
      ['frozen', losses.frozen, 'losses.frozen'],
      ['returned', losses.recovered, 'losses.recovered'],
    ] as const) {
      const ending = trail.flatMap((step, index) =>
        step.ends === end && step.usd !== undefined ? [index] : [],
      );
      if (ending.length === 0) continue;
      const first = ending[0] ?? 0;
      const sum = ending.reduce((total, index) => total + (trail[index]?.usd ?? 0), 0);
      const ceiling = figure ? (figure.usd_high ?? figure.usd) : undefined;
      if (ceiling === undefined || sum > ceiling)
        problems.push(
          problemAt(
            incident,
            ['trail', first, 'ends'],
            ceiling === undefined
              ? `the trail says ${formatUsdExact(sum)} ended ${end}, but the record has no ${field}; add it, with its source`
              : `the trail says ${formatUsdExact(sum)} ended ${end}, more than ${field} (${formatUsdExact(ceiling)})`,
          ),
        );
    }
    // Money fed onward from each step (and straight from the theft, key -1) against what it held.
    const onward = new Map<number, number>();
    trail.forEach((step) => {
      const parent = step.from ?? -1;
      onward.set(parent, (onward.get(parent) ?? 0) + (step.usd ?? 0));
    });
    for (const [parent, sum] of onward) {
      if (parent === -1) {
        const stolen = losses.stolen?.usd_high ?? losses.stolen?.usd;
        const first = trail.findIndex((step) => step.from === undefined);
        if (stolen !== undefined && sum > stolen && first >= 0)
          problems.push(
            problemAt(
              incident,
              ['trail', first, 'usd'],
              `the steps straight from the theft add up to ${formatUsdExact(sum)}, more than was stolen (${formatUsdExact(stolen)})`,
            ),
          );
        continue;
      }
      const held = trail[parent]?.usd;
      const child = trail.findIndex((step) => step.from === parent);
      if (held !== undefined && sum > held && child >= 0)
        problems.push(
          problemAt(
            incident,
            ['trail', child, 'usd'],
            `the steps continuing step ${parent} add up to ${formatUsdExact(sum)}, more than went through it (${formatUsdExact(held)})`,
          ),
        );
    }
  }
  return problems;
}
