import { PageFrame } from "@/components/page-frame";
import { PageNotFound } from "@/components/public/page-not-found";
import { PublicSiteHeader } from "@/components/public-site-header";

/** An address that matches no page. It renders outside every area's layout, so it brings the (session-free) public header. */
export default function NotFound() {
  return (
    <PageFrame header={<PublicSiteHeader />}>
      <PageNotFound />
    </PageFrame>
  );
}
