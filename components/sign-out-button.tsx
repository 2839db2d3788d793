"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "./ui/button";

export function SignOutButton() {
  const t = useTranslations("signOut");
  const [isPending, setIsPending] = useState(false);
  return (
    <Button
      type="button"
      disabled={isPending}
      onClick={() => {
        setIsPending(true);
        void signOut({ callbackUrl: "/" });
      }}
    >
      {isPending ? t("pending") : t("submit")}
    </Button>
  );
}
