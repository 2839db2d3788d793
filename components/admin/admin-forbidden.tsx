import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";

/** Shown instead of any secretariat page to a signed-in person who is not an admin; it carries no data. */
export function AdminForbidden() {
  return (
    <div>
      <PageHeader title="Not allowed" description="Error 403: this area is for the secretariat only." />
      <Notice tone="error">
        You are signed in, but your account does not have access to the secretariat area. If you think it should, ask the
        secretariat to give you the admin role.
      </Notice>
      <p className="mt-6">
        <Link href="/" className="font-medium text-brand-700 hover:underline">
          Back to the home page
        </Link>
      </p>
    </div>
  );
}
