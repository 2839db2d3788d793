import type { IncomingMessage, ServerResponse } from "node:http";

/** The types of public-page-cache.mjs (plain JavaScript, so the production server runs without a build step). */
export declare const PUBLIC_PAGE_CACHE: unique symbol;
export declare const MAX_ENTRY_BYTES: number;
export declare const STALE_MS: number;

export declare function isShareable(statusCode: number, headers: Record<string, unknown>): boolean;

export interface PublicPageCache {
  handle(request: IncomingMessage, response: ServerResponse, next: () => unknown): unknown;
  clear(): void;
  stats(): { entries: number; bytes: number; hits: number; misses: number; stored: number; joined: number; stale: number };
}

export declare function createPublicPageCache(options: { ttlMs: number; staleMs?: number; maxEntries?: number; maxBytes?: number; now?: () => number }): PublicPageCache;
