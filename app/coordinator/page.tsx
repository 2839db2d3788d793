import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { EditionNominations } from "@/components/coordinator/edition-nominations";
import { isCoordinator } from "@/components/coordinator/not-a-coordinator";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { getCoordinatorCountries } from "@/lib/access/policy";
import { listCoordinatorNominations, listCountryNames } from "@/lib/nominations/queries";
import { listCoordinatorEditions } from "@/lib/nominations/submission-window";

export const metadata: Metadata = { title: "My nominations" };

export default async function CoordinatorPage() {
  const user = await requirePageUser("/coordinator");
  if (!isCoordinator(user)) forbidden();
  const db = getDb();
  // Both queries select by the user's own coordinator memberships: other countries' dossiers never load.
  const coordinatedCodes = [...new Set(user.memberships.flatMap((m) => (m.role === "coordinator" && m.countryCode ? [m.countryCode] : [])))];
  const [editions, nominations, countryNames] = await Promise.all([
    listCoordinatorEditions({ db, user }),
    listCoordinatorNominations({ db, user }),
    listCountryNames({ db, codes: coordinatedCodes }),
  ]);
  return (
    <div>
      <PageHeader title="My nominations" description="Prepare your country's dossiers, submit them before the deadline and follow their state." />
      {editions.length === 0 ? (
        <EmptyState title="No edition is taking nominations">
          When the secretariat opens the next edition for nominations, it appears here.
        </EmptyState>
      ) : (
        <div className="space-y-6">
          {editions.map((edition) => (
            <EditionNominations
              key={edition.editionId}
              edition={edition}
              nominations={nominations.filter((n) => n.editionId === edition.editionId)}
              countryNames={getCoordinatorCountries(user, edition.editionId).map((code) => countryNames.get(code) ?? code)}
            />
          ))}
        </div>
      )}
    </div>
  );
}
