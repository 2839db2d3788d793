import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/people/forgot-password-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requestPasswordResetAction } from "./actions";

export const metadata: Metadata = { title: "Forgot your password?" };

/** Public: asks for a link to choose a new password, mailed to the account's address. */
export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Forgot your password?" description="Enter the email address you sign in with: we will send it a link to choose a new password." />
      <Card>
        <ForgotPasswordForm action={requestPasswordResetAction} />
      </Card>
      <p className="mt-6 text-sm">
        <Link href="/signin" className="font-medium text-brand-700 hover:underline">
          Back to sign in
        </Link>
      </p>
    </div>
  );
}
