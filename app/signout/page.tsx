import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/sign-out-button";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signOut"))("title") };
}

export default async function SignOutPage() {
  const t = await getTranslations("signOut");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-2xl font-bold">{t("title")}</h1>
      <Card>
        <p className="mb-4 text-slate-700">{t("question")}</p>
        <SignOutButton />
      </Card>
    </div>
  );
}
