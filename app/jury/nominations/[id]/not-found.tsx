import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

/** Shown for a dossier that does not exist and for one the juror may not see alike, so neither is revealed. */
export default function JuryDossierNotFound() {
  return (
    <EmptyState title="Dossier not found">
      <p>This dossier does not exist or is not assigned to you.</p>
      <p className="mt-3">
        <Link href="/jury" className="font-medium text-brand-700 hover:underline">
          Back to your dossiers
        </Link>
      </p>
    </EmptyState>
  );
}
