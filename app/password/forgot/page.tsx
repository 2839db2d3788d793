import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/people/forgot-password-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requestPasswordResetAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("forgotTitle") };
}

/** Public: asks for a link to choose a new password, mailed to the account's address. */
export default async function ForgotPasswordPage() {
  const t = await getTranslations("account");
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("forgotTitle")} description={t("forgotIntro")} />
      <Card>
        <ForgotPasswordForm action={requestPasswordResetAction} />
      </Card>
      <p className="mt-6 text-sm">
        <Link href="/signin" className="font-medium text-brand-700 hover:underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </div>
  );
}
