import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EditionNominations } from "@/components/coordinator/edition-nominations";
import { isCoordinator } from "@/components/coordinator/not-a-coordinator";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { getCoordinatorCountries } from "@/lib/access/policy";
import { listCoordinatorNominations, listCountryNames } from "@/lib/nominations/queries";
import { listCoordinatorEditions } from "@/lib/nominations/submission-window";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("coordinator"))("title") };
}

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
  const t = await getTranslations("coordinator");
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      {editions.length === 0 ? (
        <EmptyState title={t("noEditionTitle")}>{t("noEditionBody")}</EmptyState>
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
