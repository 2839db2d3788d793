import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

/** A public page that does not exist, or results not yet published: the same answer, so neither is revealed. */
export function PageNotFound() {
  return (
    <EmptyState title="Page not found">
      <p>There is nothing here: the page does not exist, or its results have not been published yet.</p>
      <p className="mt-3">
        <Link href="/archive" className="font-medium text-brand-700 hover:underline">
          See the published results
        </Link>
      </p>
    </EmptyState>
  );
}
