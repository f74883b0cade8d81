// The only components an article may use. The article page hands them to MDX, so authors write
// <LossesByYear actor="lazarus-group" /> without an import line.
export { default as LossesByYear } from './LossesByYear.astro';
export { default as Timeline } from './Timeline.astro';
export { default as IncidentMap } from './IncidentMap.astro';
export { default as RoutesByYear } from './RoutesByYear.astro';
export { default as ResponseTimeline } from './ResponseTimeline.astro';
export { default as MoneyFlow } from './MoneyFlow.astro';
