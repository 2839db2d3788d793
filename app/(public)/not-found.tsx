import type { Metadata } from "next";
import { PageNotFound } from "@/components/public/page-not-found";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

/** notFound() on a public page (an unknown or unpublished year), inside the public layout and its header. */
export default function PublicNotFound() {
  return <PageNotFound />;
}
