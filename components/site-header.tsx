import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";

/** The top bar: the product name, the areas the signed-in person may enter, and sign in/out. */
export async function SiteHeader() {
  const user = await getCurrentUser();
  const isCoordinator = user?.memberships.some((m) => m.role === "coordinator");
  const isJuror = user?.memberships.some((m) => m.role === "juror");
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-900">
          Palmarès
        </Link>
        <Link href="/archive" className="text-slate-700 hover:underline">
          Results
        </Link>
        {user?.isAdmin && (
          <Link href="/admin" className="text-slate-700 hover:underline">
            Secretariat
          </Link>
        )}
        {isCoordinator && (
          <Link href="/coordinator" className="text-slate-700 hover:underline">
            My nominations
          </Link>
        )}
        {isJuror && (
          <Link href="/jury" className="text-slate-700 hover:underline">
            Jury
          </Link>
        )}
        <span className="ml-auto flex items-center gap-4 text-sm">
          {user ? (
            <>
              <span className="text-slate-600">{user.name}</span>
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
      </nav>
    </header>
  );
}
