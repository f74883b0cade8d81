import type { APIRoute } from 'astro';
import { renderRobotsTxt } from '../lib/export/sitemap.ts';
import { SITE } from '../site-config.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(renderRobotsTxt(new URL('/sitemap.xml', site ?? SITE.url).href), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
