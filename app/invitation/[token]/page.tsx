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
import { getInvitation, INVALID_INVITATION_MESSAGE } from "@/lib/people/account-tokens";
import type { MembershipView } from "@/lib/people/role-labels";
import { acceptInvitationAction } from "./actions";

// The token is in the address: no other site may receive it as a referrer, and no search engine should keep it.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("invitationTitle"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

type Translate = Awaited<ReturnType<typeof getTranslations<"account">>>;

/** A membership in the page's language, as lib/people/role-labels describes it in English. */
function describeRole(m: MembershipView, t: Translate): string {
  if (m.role === "admin") return t("role.admin");
  const country = m.countryName;
  if (m.role === "coordinator") return t("role.coordinator", { country: country ?? t("role.aCountry"), year: m.year === null ? "standing" : String(m.year) });
  const seat = t(m.isChair ? "role.chair" : m.isVoting ? "role.juror" : "role.expert", { year: m.year ?? "" }).trim();
  return country ? t("role.forCountry", { seat, country }) : seat;
}

/** Public: an invited person (to any role) sees what they are invited as and chooses a password. No session needed. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitation({ db: getDb(), token });
  const t = await getTranslations("account");

  if (!invitation) {
    return (
      <div className="mx-auto max-w-xl">
        <PageHeader title={t("invitationTitle")} />
        <Notice tone="error">{translateText(await getRequestServerTextCatalogue(), INVALID_INVITATION_MESSAGE)}</Notice>
        <p className="mt-6 text-sm">
          {t("alreadyChose")}{" "}
          <Link href="/signin" className="font-medium text-brand-700 hover:underline">
            {t("signIn")}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <PageHeader title={t("welcomeName", { name: invitation.name })} description={t("invitationIntro")} />
      {invitation.roles.length > 0 && (
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("invitedAs")}</h2>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {invitation.roles.map((role, index) => (
              <li key={index}>{describeRole(role, t)}</li>
            ))}
          </ul>
        </Card>
      )}
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("choosePassword")}</h2>
        <p className="text-sm text-slate-600">{t("signInWith", { email: invitation.email })}</p>
        <SetPasswordForm token={token} email={invitation.email} action={acceptInvitationAction} />
      </Card>
    </div>
  );
}
