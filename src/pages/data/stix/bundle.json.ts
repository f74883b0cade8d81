import type { APIRoute } from 'astro';
import { getStixBundleText } from '../../../data/exports.ts';

export const GET: APIRoute = async () =>
  new Response(await getStixBundleText(), {
    headers: { 'Content-Type': 'application/stix+json;version=2.1' },
  });
