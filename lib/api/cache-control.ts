/**
 * How long a shared cache (a CDN, the nginx micro-cache of deploy/nginx/palmares.conf, the server's own public cache)
 * may keep a public answer without asking again. lib/results/public-cache.ts invalidates the server's copy at once on
 * every public change; a cache in front has no purge and follows within this bound, so the reveal shows everywhere
 * within 10 s while the crowd at the reveal still reaches the app about once per page every 10 s (docs/reveal-proxy.md).
 */
export const PUBLIC_CACHE_SECONDS = 10;

/** How long after its bound a CDN may still serve an old copy while one request fetches the new one. */
const PUBLIC_STALE_SECONDS = 300;

/**
 * What the public pages and the public API send, so a CDN can serve the reveal to everyone at once: a shared cache
 * keeps them for PUBLIC_CACHE_SECONDS, a browser asks again every time (max-age=0). The pages carry nothing private (the
 * header's signed-in part is fetched by the browser), so one copy suits every visitor.
 */
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${PUBLIC_CACHE_SECONDS}`;

/**
 * The CDN's own header (RFC 9213, CDN-Cache-Control): past its bound it may serve the old copy for five minutes while
 * one request fetches the new one. Not in Cache-Control, where a browser would apply stale-while-revalidate too and
 * show a visitor the page from before the reveal (Chromium serves Next's prefetches that way).
 */
export const PUBLIC_CDN_CACHE_CONTROL = `public, max-age=${PUBLIC_CACHE_SECONDS}, stale-while-revalidate=${PUBLIC_STALE_SECONDS}`;

/** Both headers of a public answer. */
export const PUBLIC_CACHE_HEADERS = { "Cache-Control": PUBLIC_CACHE_CONTROL, "CDN-Cache-Control": PUBLIC_CDN_CACHE_CONTROL } as const;

/** What anything read with a session sends: no shared or browser cache may keep it. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

const PUBLIC_PAGE_PATHS = [/^\/$/, /^\/archive$/, /^\/privacy$/, /^\/results\/[^/]+$/, /^\/practices$/, /^\/practices\/[^/]+$/];

/** The public pages (app/(public)): the same for every visitor, so they may be shared-cached. */
export function isPublicPagePath(pathname: string): boolean {
  return PUBLIC_PAGE_PATHS.some((path) => path.test(pathname));
}
