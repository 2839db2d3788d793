import { revalidateTag } from "next/cache";
import { logUnexpectedError } from "../log";

/** The tag of every public answer cached by public-cache.ts. */
export const PUBLIC_RESULTS_TAG = "public-results";

type ProcessCache = { revalidateTag: (tags: string[]) => Promise<void> };

/** Next sets this in the server process; outside it (tests, scripts) there is no cache to read or clear. */
export function getProcessCache(): ProcessCache | undefined {
  return (globalThis as unknown as { __incrementalCache?: ProcessCache }).__incrementalCache;
}

/** The production server's copy of whole public answers (server/public-page-cache.mjs), when it runs one. */
const PUBLIC_PAGE_CACHE = Symbol.for("palmares.publicPageCache");

function clearPublicPageCache() {
  (globalThis as unknown as Record<symbol, { clear: () => void } | null | undefined>)[PUBLIC_PAGE_CACHE]?.clear();
}

/**
 * Drops every cached public answer at once (the server's whole answers and Next's data cache), so the next visitor
 * gets a fresh render: after publication (at the reveal, at the embargo's end, by the phase move) and after any change
 * to what the public sees. Call it after the
 * transaction has committed, or a visitor in between could cache the old answer again. Never throws: a failed
 * invalidation must not undo a committed write (the old answer then lives out its PUBLIC_CACHE_SECONDS).
 */
export async function invalidatePublicResults(): Promise<void> {
  try {
    await invalidateDataCache();
  } finally {
    // After the data cache: a page rendered from the old data meanwhile is not kept, one rendered next is fresh.
    clearPublicPageCache();
  }
}

async function invalidateDataCache(): Promise<void> {
  try {
    // Inside a server action or route handler: Next's own call, which also refreshes the signed-in browser's router.
    revalidateTag(PUBLIC_RESULTS_TAG, { expire: 0 });
    return;
  } catch (error) {
    // Outside a request (the job runner's embargo, tests, scripts) Next has no request store and says so.
    if (!(error instanceof Error && error.message.includes("static generation store missing"))) {
      logUnexpectedError("invalidating the public cache", error);
      return;
    }
  }
  try {
    await getProcessCache()?.revalidateTag([PUBLIC_RESULTS_TAG]);
  } catch (error) {
    logUnexpectedError("invalidating the public cache", error);
  }
}

/** Runs a write that changes what the public sees, then clears the public cache once it has committed. */
export async function afterPublicChange<T>(write: Promise<T>): Promise<T> {
  const result = await write;
  await invalidatePublicResults();
  return result;
}
