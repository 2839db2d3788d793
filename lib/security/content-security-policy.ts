/** A fresh, unguessable value for one response's scripts (16 random bytes, base64). */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The page's Content-Security-Policy: only scripts carrying this response's nonce (and what they load) run.
 * Styles stay 'unsafe-inline' because inline style attributes (the charts' bar widths, the progress bars) cannot carry a nonce;
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

/**
 * The policy of an annex shown in the in-page viewer: the PDF loads nothing, runs sandboxed (no script, an opaque
 * origin, no forms), and only our own pages may frame it, which for this response overrides X-Frame-Options: DENY.
 * The sandbox is set here and not on the <iframe>: Chromium's PDF viewer refuses to run in a sandboxed frame.
 */
export const ANNEX_VIEW_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'self'; sandbox";

/** HSTS for two years, sent only over HTTPS (a browser ignores it over HTTP, and localhost must stay reachable). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
