import { connection } from "next/server";
import { AreaMessages } from "@/components/i18n/area-messages";
import { PublicSiteHeader } from "@/components/public-site-header";
import { PageFrame } from "@/components/page-frame";

/**
 * The public pages: no session read on the server, so one rendering suits every visitor and may be shared-cached
 * (proxy.ts sends Cache-Control: public); their data comes from the public cache (lib/results/public-cache.ts).
 */
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  // Rendered per request all the same, for the per-request CSP nonce on Next's scripts (proxy.ts); a static page
  // would carry no nonce and its scripts would be refused.
  await connection();
  return (
    <AreaMessages area="public">
      <PageFrame header={<PublicSiteHeader />}>{children}</PageFrame>
    </AreaMessages>
  );
}
