import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_HEADERS } from "./cache-control";
import { answerPreflight, withCors } from "./cors";
import { handleRoute } from "./respond";

/**
 * How a public GET endpoint's answer may be kept: "shared" for what changes only by a public change (the server's
 * cache is cleared at once and a CDN follows within its s-maxage), "never" for what changes by itself (the live
 * ceremony, the snapshot bytes).
 */
export type PublicCaching = "shared" | "never";

/**
 * Runs a public GET endpoint's body (through handleRoute) and adds what every public answer carries: its cache
 * headers, the same for the answer and the 404 (a failure is never kept), and CORS, so any site may read it.
 */
export async function answerPublicGet(body: () => Promise<Response>, caching: PublicCaching = "shared"): Promise<Response> {
  const response = await handleRoute(body);
  if (caching === "never") response.headers.set("Cache-Control", "no-store");
  else if (response.status >= 500) response.headers.set("Cache-Control", PRIVATE_CACHE_CONTROL);
  else for (const [name, value] of Object.entries(PUBLIC_CACHE_HEADERS)) response.headers.set(name, value);
  return withCors(response);
}

/** The OPTIONS handler of a public GET endpoint: `export const OPTIONS = answerPublicPreflight;`. */
export async function answerPublicPreflight(): Promise<Response> {
  return answerPreflight();
}
