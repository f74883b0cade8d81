/**
 * SVG markup for a WorldMapModel; `world-map.ts` re-exports it. Countries without incidents are
 * drawn first so the borders of shaded countries (and their focus rings) are never covered.
 */
import {
  getMarkAttributes,
  renderElement,
  renderGroup,
  renderSvgRoot,
  renderText,
  type SvgRenderOptions,
} from './svg.ts';
import type { MapCountry, WorldMapModel } from './world-map.ts';

function renderCountry(country: MapCountry): string {
  const tipAttributes = country.tip === undefined ? {} : getMarkAttributes(country.tip, country.focusable);
  return renderElement('path', { class: country.className, d: country.path, ...tipAttributes });
}

function renderLegend(model: WorldMapModel): string {
  const { title, y, items } = model.legend;
  return renderGroup({ class: 'chart-legend' }, [
    renderText(title, { class: 'chart-legend-title', x: 0, y: y + 11 }),
    ...items.map(
      (item) =>
        renderElement('rect', { class: item.className, x: item.x, y, width: item.width, height: 12 }) +
        renderText(item.label, { class: 'chart-legend-label', x: item.x, y: y + 28 }),
    ),
  ]);
}

export function renderWorldMapSvg(model: WorldMapModel, options: SvgRenderOptions): string {
  const neutral = model.countries.filter((country) => country.tip === undefined);
  const shaded = model.countries.filter((country) => country.tip !== undefined);
  return renderSvgRoot(
    {
      ...options,
      width: model.width,
      height: model.height,
      className: 'chart-map',
      hasFocusableMarks: model.countries.some((country) => country.focusable),
    },
    [
      renderElement('path', { class: 'chart-sphere', d: model.spherePath }),
      renderGroup({ class: 'chart-countries' }, [...neutral, ...shaded].map(renderCountry)),
      renderLegend(model),
    ],
  );
}
