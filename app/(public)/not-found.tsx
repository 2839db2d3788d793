import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageNotFound } from "@/components/public/page-not-found";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.notFound");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** notFound() on a public page (an unknown or unpublished year), inside the public layout and its header. */
export default function PublicNotFound() {
  return <PageNotFound />;
}
