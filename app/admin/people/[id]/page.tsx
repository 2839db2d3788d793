import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AccountActions } from "@/components/people/account-actions";
import { ReplaceCoordinatorForm } from "@/components/people/replace-coordinator-form";
import { PersonStatusBadge } from "@/components/people/status-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { authorizeGlobal } from "@/lib/access/policy";
import { DEFAULT_TIME_ZONE } from "@/lib/domain/edition-time";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { requirePageUser } from "@/lib/auth/session";
import { getPerson } from "@/lib/people/directory-queries";
import { describeMembership } from "@/lib/people/role-labels";
import { formatCountryName } from "@/lib/format/country-name";
import { replaceCoordinatorAction, resendPersonInvitationAction, setAccountActiveAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("peopleAdmin.person"))("metaTitle") };
}


/** One person: their roles per edition, the state of their account and invitation, and what the secretariat can do. */
export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/admin/people/${id}`);
  if (!authorizeGlobal(user, "people.read").ok) forbidden();
  const userId = /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  const person = Number.isInteger(userId) ? await getPerson({ db: getDb(), viewer: user, userId }) : undefined;
  if (!person) notFound();
  const isErased = person.status === "erased";
  const mayErase = authorizeGlobal(user, "person.erase").ok;
  const [t, locale] = await Promise.all([getTranslations("peopleAdmin.person"), getLocale()]);
  const formatMoment = (moment: Date) => formatEditionMoment(moment, DEFAULT_TIME_ZONE, { locale });

  return (
    <div className="space-y-6">
      <PageHeader title={person.name} description={person.email}>
        <Link href="/admin/people" className="text-sm font-medium text-brand-700 hover:underline">
          {t("backToPeople")}
        </Link>
      </PageHeader>
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("account")}</h2>
        <p className="text-sm">
          <PersonStatusBadge status={person.status} />
        </p>
        {person.invitation && person.status === "invited" && (
          <p className="text-sm text-slate-600">
            {t("invitedOn", { date: formatMoment(person.invitation.createdAt) })}{" "}
            {person.invitation.isUsable ? t("linkWorksUntil", { date: formatMoment(person.invitation.expiresAt) }) : t("linkExpired")}
          </p>
        )}
        {isErased ? (
          <p className="text-sm text-slate-600">
            {t("erasedNote")}
          </p>
        ) : (
          <AccountActions
            userId={person.id}
            name={person.name}
            isActive={person.status !== "disabled"}
            isInvited={person.status === "invited"}
            isSelf={person.id === user.id}
            setActive={setAccountActiveAction}
            resend={resendPersonInvitationAction}
          />
        )}
        {mayErase && (
          <Link href={`/admin/audit/erasure?query=${encodeURIComponent(`#${person.id}`)}`} className="inline-block text-sm font-medium text-brand-700 hover:underline">
            {isErased ? t("seeErasure") : t("erase")}
          </Link>
        )}
      </Card>
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("roles")}</h2>
        {person.memberships.length === 0 ? (
          <EmptyState title={t("noRole")}>
            <Link href="/admin/people/invite" className="font-medium text-brand-700 hover:underline">
              {t("inviteToRole")}
            </Link>
          </EmptyState>
        ) : (
          <ul className="space-y-4">
            {person.memberships.map((m) => (
              <li key={m.id} className="space-y-2">
                <p className="font-medium">{describeMembership(m, locale)}</p>
                {m.role === "coordinator" && m.countryCode && (
                  <ReplaceCoordinatorForm
                    countryCode={m.countryCode}
                    editionId={m.editionId}
                    label={
                      m.year === null
                        ? t("handOverEvery", { country: formatCountryName(m.countryCode, m.countryName ?? m.countryCode, locale) })
                        : t("handOverEdition", { country: formatCountryName(m.countryCode, m.countryName ?? m.countryCode, locale), year: m.year })
                    }
                    action={replaceCoordinatorAction}
                  />
                )}
                {m.role === "juror" && m.year !== null && (
                  <Link href={`/admin/editions/${m.year}/jury`} className="text-sm font-medium text-brand-700 hover:underline">
                    {t("manageJury", { year: m.year })}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
        {!isErased && (
          <Link href={`/admin/people/invite?email=${encodeURIComponent(person.email)}`} className="inline-block text-sm font-medium text-brand-700 hover:underline">
            {t("addRole")}
          </Link>
        )}
      </Card>
    </div>
  );
}
