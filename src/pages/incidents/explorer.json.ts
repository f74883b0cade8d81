// The explorer's compact index, fetched by <incident-explorer> only when a reader filters.
import type { APIRoute } from 'astro';
import { getExplorerIndex } from '../../data/explorer.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getExplorerIndex()), { headers: { 'Content-Type': 'application/json' } });
