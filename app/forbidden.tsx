import { PageFrame } from "@/components/page-frame";
import { PublicSiteHeader } from "@/components/public-site-header";
import { AccessRefused } from "@/components/ui/access-refused";

/**
 * What forbidden() renders outside the three areas, with status 403: it says why and carries no data. It renders
 * outside every area's layout, so it brings the header itself; the public one, because Next renders the root's
 * boundaries into every page's payload, the shared-cached public pages included, which must not read the session.
 */
export default function ForbiddenPage() {
  return (
    <PageFrame header={<PublicSiteHeader />}>
      <AccessRefused title="Not allowed" description="Error 403: your account may not open this page.">
        You are signed in, but your account does not have access to this page. If you think it should, ask the secretariat.
      </AccessRefused>
    </PageFrame>
  );
}
