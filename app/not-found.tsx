import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageFrame } from "@/components/page-frame";
import { PageNotFound } from "@/components/public/page-not-found";
import { PublicSiteHeader } from "@/components/public-site-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.notFound");
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * An unknown address, and every notFound() without a page of its own, with status 404. It renders outside every
 * area's layout, so it brings the (session-free) public header.
 */
export default function NotFound() {
  return (
    <PageFrame header={<PublicSiteHeader />}>
      <PageNotFound />
    </PageFrame>
  );
}
