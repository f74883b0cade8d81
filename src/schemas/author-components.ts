/**
 * Props of the components authors may use in MDX (src/components/mdx/). Validated at build time
 * by the components and by `npm run check`, so a typo fails with the article's name rather than
 * drawing an empty chart.
 */
import { z } from 'astro/zod';
import { countryCodeSchema, idSchema, textSchema } from './common.ts';

const yearSchema = z.number().int().min(1990).max(2100);

/** Which incidents a chart shows: by actor, by country, by explicit ids, within a year range. */
const selectionShape = {
  /** Only incidents attributed to this actor id. */
  actor: idSchema.optional(),
  /** Only incidents with a victim in this country (ISO alpha-2). */
  country: countryCodeSchema.optional(),
  /** Exactly these incident ids. */
  incidents: z.array(idSchema).min(1).optional(),
  /** First year shown (inclusive). */
  from: yearSchema.optional(),
  /** Last year shown (inclusive). */
  to: yearSchema.optional(),
  /** Heading above the chart. */
  title: textSchema.optional(),
  /** Replaces the generated caption. */
  caption: textSchema.optional(),
};

const checkYearOrder = (value: { from?: number | undefined; to?: number | undefined }) =>
  value.from === undefined || value.to === undefined || value.from <= value.to;

export const authorComponentPropsSchemas = {
  LossesByYear: z
    .strictObject(selectionShape)
    .refine(checkYearOrder, { message: 'from must not be after to', path: ['to'] }),
  Timeline: z
    .strictObject({ ...selectionShape, laneBy: z.enum(['actor', 'category']).optional() })
    .refine(checkYearOrder, { message: 'from must not be after to', path: ['to'] }),
  IncidentMap: z
    .strictObject({ ...selectionShape, valueBy: z.enum(['count', 'usd']).optional() })
    .refine(checkYearOrder, { message: 'from must not be after to', path: ['to'] }),
  /** The laundering routes of the selected incidents' trails, by year. */
  RoutesByYear: z
    .strictObject(selectionShape)
    .refine(checkYearOrder, { message: 'from must not be after to', path: ['to'] }),
  /** The actions concerning the selected incidents (all actions when nothing is selected). */
  ResponseTimeline: z
    .strictObject(selectionShape)
    .refine(checkYearOrder, { message: 'from must not be after to', path: ['to'] }),
  /** One incident's trail as a flow: `<MoneyFlow incidents={["2022-03-ronin-bridge"]} />`. */
  MoneyFlow: z.strictObject({
    incidents: z.array(idSchema).length(1, 'give exactly one incident id'),
    title: textSchema.optional(),
  }),
} as const;

export type AuthorComponentName = keyof typeof authorComponentPropsSchemas;
export type ChartSelection = z.output<typeof authorComponentPropsSchemas.LossesByYear>;
