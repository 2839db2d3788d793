import { useTranslations } from "next-intl";
import { PageFrame } from "@/components/page-frame";
import { PublicSiteHeader } from "@/components/public-site-header";
import { AccessRefused } from "@/components/ui/access-refused";

/**
 * What forbidden() renders outside the three areas, with status 403: it says why and carries no data. It renders
 * outside every area's layout, so it brings the header itself; the public one, because Next renders the root's
 * boundaries into every page's payload, the shared-cached public pages included, which must not read the session.
 */
export default function ForbiddenPage() {
  const t = useTranslations("public.forbidden");
  return (
    <PageFrame header={<PublicSiteHeader />}>
      <AccessRefused title={t("title")} description={t("description")}>
        {t("body")}
      </AccessRefused>
    </PageFrame>
  );
}
