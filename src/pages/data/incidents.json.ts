import type { APIRoute } from 'astro';
import { getIncidentsJsonText } from '../../data/exports.ts';

export const GET: APIRoute = async () =>
  new Response(await getIncidentsJsonText(), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
