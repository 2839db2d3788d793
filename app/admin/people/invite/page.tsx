import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/people/invite-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { authorizeGlobal } from "@/lib/access/policy";
import { requirePageUser } from "@/lib/auth/session";
import { listInvitationChoices } from "@/lib/people/directory-queries";
import { invitePersonAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("peopleAdmin.invite"))("metaTitle") };
}

/** The secretariat invites anyone by email to a role: admin, a country's coordinator, or a seat on a jury. */
export default async function InvitePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("/admin/people/invite");
  if (!authorizeGlobal(user, "people.manage").ok) forbidden();
  const choices = await listInvitationChoices(getDb());
  const { email } = await searchParams;
  const defaultEmail = typeof email === "string" ? email.slice(0, 320) : "";
  const t = await getTranslations("peopleAdmin.invite");
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("title")} description={t("description")}>
        <Link href="/admin/people" className="text-sm font-medium text-brand-700 hover:underline">
          {t("backToPeople")}
        </Link>
      </PageHeader>
      <Card>
        <InviteForm editions={choices.editions} countries={choices.countries} action={invitePersonAction} defaultEmail={defaultEmail} />
      </Card>
    </div>
  );
}
