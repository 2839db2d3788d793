import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";

/** What a signed-in person who sits on no jury sees instead of the jury area: no data, a way out. */
export function NotAJuror() {
  return (
    <div>
      <PageHeader title="Jury area not available" description="You are signed in, but not as a member of a jury." />
      <Notice tone="error">
        Only jurors of an edition can open the jury area. If you should be on a jury, ask the secretariat to add you.
      </Notice>
      <p className="mt-6">
        <Link href="/" className="font-medium text-brand-700 hover:underline">
          Back to the home page
        </Link>
      </p>
    </div>
  );
}
