import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/people/set-password-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getRequestServerTextCatalogue } from "@/lib/i18n/server-text-catalogue";
import { translateText } from "@/lib/i18n/server-text";
import { getPasswordReset, INVALID_RESET_MESSAGE } from "@/lib/people/password-reset";
import { resetPasswordAction } from "./actions";

// The token is in the address: no other site may receive it as a referrer, and no search engine should keep it.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("resetTitle"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

/** Public: the person a reset link was mailed to chooses a new password. No session needed: the token is the credential. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = await getPasswordReset({ db: getDb(), token });
  const t = await getTranslations("account");
  if (!reset) {
    return (
      <div className="mx-auto max-w-xl">
        <PageHeader title={t("resetTitle")} />
        <Notice tone="error">{translateText(await getRequestServerTextCatalogue(), INVALID_RESET_MESSAGE)}</Notice>
        <p className="mt-6 text-sm">
          <Link href="/password/forgot" className="font-medium text-brand-700 hover:underline">
            {t("askNewLink")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <PageHeader title={t("resetTitle")} description={t("resetFor", { email: reset.email })} />
      <Card>
        <SetPasswordForm token={token} email={reset.email} action={resetPasswordAction} />
      </Card>
    </div>
  );
}
