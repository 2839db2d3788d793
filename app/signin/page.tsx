import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/sign-in-form";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/session";
import { toSignInTarget } from "@/lib/auth/callback";
import { LANDING_PATH } from "@/lib/domain/landing";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  // A page that asked for the person wins; otherwise they land on their role's page.
  const target = toSignInTarget(callbackUrl, LANDING_PATH);
  if (await getCurrentUser()) redirect(target);
  const t = await getTranslations("signIn");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-2xl font-bold">{t("title")}</h1>
      <Card>
        <SignInForm callbackPath={target} />
      </Card>
      <p className="mt-4 text-sm">
        <Link href="/password/forgot" className="font-medium text-brand-700 hover:underline">
          {t("forgot")}
        </Link>
      </p>
      <p className="mt-4 text-sm text-slate-600">
        {t("recorded")}{" "}
        <Link href="/privacy" className="font-medium text-brand-700 hover:underline">
          {t("howWeUseData")}
        </Link>
      </p>
    </div>
  );
}
