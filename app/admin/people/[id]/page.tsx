import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import Link from "next/link";
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
import { replaceCoordinatorAction, resendPersonInvitationAction, setAccountActiveAction } from "./actions";

export const metadata: Metadata = { title: "Person · People" };


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

  return (
    <div className="space-y-6">
      <PageHeader title={person.name} description={person.email}>
        <Link href="/admin/people" className="text-sm font-medium text-brand-700 hover:underline">
          Back to people
        </Link>
      </PageHeader>
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Account</h2>
        <p className="text-sm">
          <PersonStatusBadge status={person.status} />
        </p>
        {person.invitation && person.status === "invited" && (
          <p className="text-sm text-slate-600">
            Invited on {formatEditionMoment(person.invitation.createdAt, DEFAULT_TIME_ZONE)};{" "}
            {person.invitation.isUsable ? `the link works until ${formatEditionMoment(person.invitation.expiresAt, DEFAULT_TIME_ZONE)}.` : "that link no longer works: resend the invitation."}
          </p>
        )}
        {isErased ? (
          <p className="text-sm text-slate-600">
            Their name, email and contact details are gone; their scores and the audit trail name them by this placeholder.
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
            {isErased ? "See the erasure record" : "Erase personal data…"}
          </Link>
        )}
      </Card>
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Roles</h2>
        {person.memberships.length === 0 ? (
          <EmptyState title="No role">
            <Link href="/admin/people/invite" className="font-medium text-brand-700 hover:underline">
              Invite them to a role
            </Link>
          </EmptyState>
        ) : (
          <ul className="space-y-4">
            {person.memberships.map((m) => (
              <li key={m.id} className="space-y-2">
                <p className="font-medium">{describeMembership(m)}</p>
                {m.role === "coordinator" && m.countryCode && (
                  <ReplaceCoordinatorForm
                    countryCode={m.countryCode}
                    editionId={m.editionId}
                    label={`${m.countryName ?? m.countryCode}, ${m.year === null ? "every edition" : `the ${m.year} edition`}`}
                    action={replaceCoordinatorAction}
                  />
                )}
                {m.role === "juror" && m.year !== null && (
                  <Link href={`/admin/editions/${m.year}/jury`} className="text-sm font-medium text-brand-700 hover:underline">
                    Manage the {m.year} jury
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
        {!isErased && (
          <Link href={`/admin/people/invite?email=${encodeURIComponent(person.email)}`} className="inline-block text-sm font-medium text-brand-700 hover:underline">
            Add a role
          </Link>
        )}
      </Card>
    </div>
  );
}
