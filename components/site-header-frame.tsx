import Link from "next/link";
import type { HeaderAccount } from "@/lib/auth/header-account";

/** The top bar around its signed-in part: the product name and the public results, the same for everyone. */
export function SiteHeaderFrame({ children }: { children: React.ReactNode }) {
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-900">
          Palmarès
        </Link>
        <Link href="/archive" className="text-slate-700 hover:underline">
          Results
        </Link>
        <Link href="/practices" className="text-slate-700 hover:underline">
          Good practices
        </Link>
        {children}
      </nav>
    </header>
  );
}

/** The header's signed-in part: the areas the person may enter, their name and sign out; or sign in. */
export function HeaderAccountLinks({ account }: { account: HeaderAccount | null }) {
  return (
    <>
      {account?.isAdmin && (
        <Link href="/admin" className="text-slate-700 hover:underline">
          Secretariat
        </Link>
      )}
      {account?.isCoordinator && (
        <Link href="/coordinator" className="text-slate-700 hover:underline">
          My nominations
        </Link>
      )}
      {account?.isJuror && (
        <Link href="/jury" className="text-slate-700 hover:underline">
          Jury
        </Link>
      )}
      <span className="ml-auto flex items-center gap-4 text-sm">
        {account ? (
          <>
            <span className="text-slate-600">{account.name}</span>
            <Link href="/signout" className="font-medium text-brand-700 hover:underline">
              Sign out
            </Link>
          </>
        ) : (
          <Link href="/signin" className="font-medium text-brand-700 hover:underline">
            Sign in
          </Link>
        )}
      </span>
    </>
  );
}
