import type { APIRoute } from 'astro';
import { renderRobotsTxt } from '../lib/export/sitemap.ts';
import { siteUrl } from '../site-config.ts';

export const GET: APIRoute = () =>
  new Response(renderRobotsTxt(siteUrl('/sitemap.xml')), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
