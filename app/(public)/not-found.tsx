import { PageNotFound } from "@/components/public/page-not-found";

/** notFound() on a public page (an unknown or unpublished year), inside the public layout and its header. */
export default function PublicNotFound() {
  return <PageNotFound />;
}
