const FALLBACK_PATH = "/";
// A base no request can name, so a relative path resolves against it and anything else shows a foreign origin.
const PLACEHOLDER_ORIGIN = "http://palmares.invalid";
// Browsers drop TAB, CR and LF inside a URL, and CR or LF in a Location header breaks the response.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Keeps only a same-origin target (path, query and hash), so a crafted link cannot send a person elsewhere
 * after sign-in. `appOrigin` is the app's own origin, for callers (next-auth) that pass absolute URLs.
 */
export function toSafeCallbackPath(value: string | undefined | null, appOrigin?: string): string {
  if (!value || CONTROL_CHARACTER.test(value) || value.includes("\\")) return FALLBACK_PATH;
  const origin = appOrigin ? toOrigin(appOrigin) : PLACEHOLDER_ORIGIN;
  if (!origin) return FALLBACK_PATH;
  // A relative target must be a path: "evil.example" is a host someone meant, not a page here.
  if (!value.startsWith("/") && !URL.canParse(value)) return FALLBACK_PATH;
  let target: URL;
  try {
    target = new URL(value, origin);
  } catch {
    return FALLBACK_PATH;
  }
  if (target.origin !== origin) return FALLBACK_PATH;
  // "/.//evil.example" resolves to the path "//evil.example", which a browser reads as another host.
  const path = target.pathname.replace(/^\/{2,}/, "/");
  return `${path}${target.search}${target.hash}`;
}

/** next-auth's redirect target kept on the app's origin (its `baseUrl`): path, query and hash only, else the home page. */
export function toSafeRedirectUrl(url: string, baseUrl: string): string {
  const origin = toOrigin(baseUrl);
  return origin ? `${origin}${toSafeCallbackPath(url, origin)}` : FALLBACK_PATH;
}

function toOrigin(value: string): string | null {
  try {
    const { origin } = new URL(value);
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/** Where the sign-in form sends a person: the page that asked for them, if it is safe, else their role's landing page. */
export function toSignInTarget(callbackUrl: string | undefined | null, landingPath: string): string {
  if (!callbackUrl) return landingPath;
  const safe = toSafeCallbackPath(callbackUrl);
  return safe === FALLBACK_PATH && callbackUrl !== FALLBACK_PATH ? landingPath : safe;
}
