// /robots.txt (src/lib/site/robots.ts).
import type { APIContext } from 'astro';
import { robotsTxt } from '../lib/site/robots.ts';

export function GET(context: APIContext) {
  return new Response(robotsTxt(context.site ?? context.url), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
