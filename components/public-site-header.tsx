import { HeaderAccountLoader } from "./header-account-loader";
import { SiteHeaderFrame } from "./site-header-frame";

/**
 * The top bar of the public pages: the same HTML for every visitor, so the page can be shared-cached; the browser
 * fills in the signed-in part.
 */
export function PublicSiteHeader() {
  return (
    <SiteHeaderFrame>
      <HeaderAccountLoader />
    </SiteHeaderFrame>
  );
}
