import { getEnv } from "../env";

/**
 * The site's public address for absolute links in shared previews (Open Graph wants absolute URLs), from
 * NEXTAUTH_URL; without it Next.js falls back to localhost.
 */
export function getMetadataBase(): { metadataBase?: URL } {
  const url = getEnv().NEXTAUTH_URL;
  return url ? { metadataBase: new URL(url) } : {};
}
