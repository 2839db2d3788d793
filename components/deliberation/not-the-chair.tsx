import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";

/** Shown instead of the deliberation to anyone who is not this edition's jury chair; it carries no data. */
export function NotTheChair() {
  return (
    <div>
      <PageHeader title="Not allowed" description="The deliberation page is for the jury chair." />
      <Notice tone="error">
        Only the chair of this edition&apos;s jury can open its deliberation here. Jurors see their own scores in the jury area.
      </Notice>
      <p className="mt-6">
        <Link href="/jury" className="font-medium text-brand-700 hover:underline">
          Back to the jury area
        </Link>
      </p>
    </div>
  );
}
