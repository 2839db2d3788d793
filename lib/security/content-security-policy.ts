/** A fresh, unguessable value for one response's scripts (16 random bytes, base64). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The page's Content-Security-Policy: only scripts carrying this response's nonce (and what they load) run.
 * Styles stay 'unsafe-inline' because Tailwind's and recharts' inline style attributes cannot carry a nonce;
 * React's development build needs eval to rebuild server error stacks.
 */
export function buildContentSecurityPolicy({ nonce, isDevelopment, isHttps }: { nonce: string; isDevelopment: boolean; isHttps: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** HSTS for two years, sent only over HTTPS (a browser ignores it over HTTP, and localhost must stay reachable). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
