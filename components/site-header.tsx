import { toHeaderAccount } from "@/lib/auth/header-account";
import { getCurrentUser } from "@/lib/auth/session";
import { HeaderAccountLinks, SiteHeaderFrame } from "./site-header-frame";

/**
 * The top bar of the signed-in areas, rendered with the session on the server (the page's own lookup, shared
 * through cache()). Public pages use PublicSiteHeader, which reads nothing of the session on the server.
 */
export async function SiteHeader() {
  const account = toHeaderAccount(await getCurrentUser());
  return (
    <SiteHeaderFrame>
      <HeaderAccountLinks account={account} />
    </SiteHeaderFrame>
  );
}
