import type { Metadata } from "next";
import { SignOutButton } from "@/components/sign-out-button";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Sign out" };

export default function SignOutPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-2xl font-bold">Sign out</h1>
      <Card>
        <p className="mb-4 text-slate-700">Sign out of Palmarès on this device?</p>
        <SignOutButton />
      </Card>
    </div>
  );
}
