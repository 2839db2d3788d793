/**
 * The request header in which proxy.ts names a public page's language (from ?lang= or the cookie). The proxy removes
 * any copy a client sent, so a shared-cached page's language never comes from a forged header.
 */
export const PUBLIC_LOCALE_HEADER = "x-palmares-public-locale";
