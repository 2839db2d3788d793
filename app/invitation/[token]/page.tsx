import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/jury-members/accept-invitation-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getInvitation, INVALID_INVITATION_MESSAGE, type InvitationDetails } from "@/lib/people/account-tokens";
import { acceptInvitationAction } from "./actions";

// The token is in the address: no other site may receive it as a referrer, and no search engine should keep it.
export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer", robots: { index: false, follow: false } };

function describeSeat(jury: InvitationDetails["juries"][number]): string {
  const role = jury.isChair ? "chair of the jury" : jury.isVoting ? "voting member" : "non-voting expert";
  return `as ${role}${jury.countryName ? `, for ${jury.countryName}` : ""}`;
}

/** Public: an invited person sees who they are invited as and chooses a password. No session needed. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitation({ db: getDb(), token });

  if (!invitation) {
    return (
      <div className="mx-auto max-w-xl">
        <PageHeader title="Invitation" />
        <Notice tone="error">{INVALID_INVITATION_MESSAGE}</Notice>
        <p className="mt-6 text-sm">
          Already chose a password?{" "}
          <Link href="/signin" className="font-medium text-brand-700 hover:underline">
            Sign in
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <PageHeader title={`Welcome, ${invitation.name}`} description="You are invited to join the jury of the European Crime Prevention Award." />
      {invitation.juries.length > 0 && (
        <Card>
          <h2 className="mb-2 text-lg font-semibold">Your invitation</h2>
          <ul className="space-y-2 text-sm">
            {invitation.juries.map((jury) => (
              <li key={jury.year}>
                <span className="font-semibold">Jury {jury.year}</span> {describeSeat(jury)}. Theme: {jury.theme}.
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Choose your password</h2>
        <p className="text-sm text-slate-600">You will sign in with {invitation.email} and this password.</p>
        <AcceptInvitationForm token={token} email={invitation.email} action={acceptInvitationAction} />
      </Card>
    </div>
  );
}
