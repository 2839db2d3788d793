"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "./ui/button";

export function SignOutButton() {
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
      {isPending ? "Signing out…" : "Sign out"}
    </Button>
  );
}
