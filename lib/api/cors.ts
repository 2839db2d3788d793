/**
 * Cross-origin reading of the public API: any site may GET it from a browser (Access-Control-Allow-Origin: *),
 * never with credentials, so a cookie never rides along and nothing read with a session is exposed. Only the public
 * GET endpoints carry these headers; the session, annex and write endpoints stay same-origin.
 */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "Cache-Control, CDN-Cache-Control, Retry-After",
} as const;

/** A browser may keep the preflight's answer this long before asking again. */
const PREFLIGHT_MAX_AGE_SECONDS = 86_400;

/** Adds the CORS headers to a public GET answer, errors included, so a cross-site caller can read why it failed. */
export function withCors(response: Response): Response {
  for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
  return response;
}

/** The preflight answer of a public GET endpoint: GET (and HEAD, OPTIONS) from anywhere, no credentials. */
export function answerPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "Accept, Accept-Language, Content-Type, If-None-Match",
      "Access-Control-Max-Age": String(PREFLIGHT_MAX_AGE_SECONDS),
    },
  });
}
