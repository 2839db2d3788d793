import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { ImportForm } from "@/components/admin/import-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { authorizeGlobal } from "@/lib/access/policy";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Import an edition · Secretariat" };

/** Brings in an edition exported from another Palmarès (its edition page's "Export the whole edition"). */
export default async function ImportEditionPage() {
  const user = await requirePageUser("/admin/import");
  if (!authorizeGlobal(user, "edition.import").ok) forbidden();
  return (
    <div className="space-y-6">
      <PageHeader title="Import an edition" description="An edition exported from Palmarès, with its annexes, its jury and its sealed result.">
        <Link href="/admin" className="text-sm font-medium text-brand-700 hover:underline">
          Secretariat
        </Link>
      </PageHeader>
      <Card>
        <div className="mb-4 space-y-2 text-sm text-slate-700">
          <p>
            Everything is checked before anything is written: the archive&apos;s checksum, every file&apos;s SHA-256, and
            the sealed result&apos;s fingerprint. An edition whose year this database already holds is refused. Either the
            whole edition is imported or nothing is.
          </p>
          <p>People are matched by email; anyone new comes without a password and signs in once invited.</p>
        </div>
        <ImportForm />
      </Card>
    </div>
  );
}
