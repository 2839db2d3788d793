import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/session";
import { toSignInTarget } from "@/lib/auth/callback";
import { LANDING_PATH } from "@/lib/domain/landing";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  // A page that asked for the person wins; otherwise they land on their role's page.
  const target = toSignInTarget(callbackUrl, LANDING_PATH);
  if (await getCurrentUser()) redirect(target);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-2xl font-bold">Sign in</h1>
      <Card>
        <SignInForm callbackPath={target} />
      </Card>
      <p className="mt-4 text-sm">
        <Link href="/password/forgot" className="font-medium text-brand-700 hover:underline">
          Forgot your password?
        </Link>
      </p>
      <p className="mt-4 text-sm text-slate-600">
        Signing in is recorded for security.{" "}
        <Link href="/privacy" className="font-medium text-brand-700 hover:underline">
          How we use your data
        </Link>
      </p>
    </div>
  );
}
