import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/people/set-password-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getInvitation, INVALID_INVITATION_MESSAGE } from "@/lib/people/account-tokens";
import { describeMembership } from "@/lib/people/role-labels";
import { acceptInvitationAction } from "./actions";

// The token is in the address: no other site may receive it as a referrer, and no search engine should keep it.
export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer", robots: { index: false, follow: false } };

/** Public: an invited person (to any role) sees what they are invited as and chooses a password. No session needed. */
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
      <PageHeader title={`Welcome, ${invitation.name}`} description="The secretariat invites you to Palmarès, where the European Crime Prevention Award is run." />
      {invitation.roles.length > 0 && (
        <Card>
          <h2 className="mb-2 text-lg font-semibold">You are invited as</h2>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {invitation.roles.map((role, index) => (
              <li key={index}>{describeMembership(role)}</li>
            ))}
          </ul>
        </Card>
      )}
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Choose your password</h2>
        <p className="text-sm text-slate-600">You will sign in with {invitation.email} and this password.</p>
        <SetPasswordForm token={token} email={invitation.email} action={acceptInvitationAction} />
      </Card>
    </div>
  );
}
