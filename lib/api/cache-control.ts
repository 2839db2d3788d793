/**
 * How long a shared cache (a CDN, the server's own public cache) may keep a public answer without asking again;
 * lib/results/public-cache.ts invalidates the server's copy at once on every public change.
 */
export const PUBLIC_CACHE_SECONDS = 60;

/**
 * What the public pages and the public API send, so a CDN can serve the reveal to everyone at once: kept for a
 * minute, then served stale for up to five more while one request fetches the new answer. The pages carry nothing
 * private (the header's signed-in part is fetched by the browser), so one copy suits every visitor.
 */
export const PUBLIC_CACHE_CONTROL = `public, s-maxage=${PUBLIC_CACHE_SECONDS}, stale-while-revalidate=${5 * PUBLIC_CACHE_SECONDS}`;

/** What anything read with a session sends: no shared or browser cache may keep it. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

const PUBLIC_PAGE_PATHS = [/^\/$/, /^\/archive$/, /^\/privacy$/, /^\/results\/[^/]+$/];

/** The public pages (app/(public)): the same for every visitor, so they may be shared-cached. */
export function isPublicPagePath(pathname: string): boolean {
  return PUBLIC_PAGE_PATHS.some((path) => path.test(pathname));
}
