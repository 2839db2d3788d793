import Link from "next/link";

const LINK = "font-medium text-brand-700 hover:underline";

/**
 * An unknown address, or results not yet published: the same answer, so neither is revealed. It says what may have
 * happened and offers the three ways on: the results, signing in, the home page.
 */
export function PageNotFound() {
  return (
    <div className="mx-auto max-w-xl py-8 text-center">
      <p className="text-sm font-semibold uppercase tracking-widest text-amber-800">Error 404</p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900 sm:text-4xl">This page does not exist</h1>
      <p className="mt-4 text-slate-700">
        The address may be mistyped, or the page may have moved. Results appear here once the ceremony has revealed
        them, so a year still in progress has no results page yet.
      </p>
      <nav aria-label="Where to go from here" className="mt-8">
        <ul className="flex flex-col items-center gap-3 sm:flex-row sm:justify-center sm:gap-8">
          <li>
            <Link href="/archive" className={LINK}>
              Results of every edition
            </Link>
          </li>
          <li>
            <Link href="/signin" className={LINK}>
              Sign in
            </Link>
          </li>
          <li>
            <Link href="/" className={LINK}>
              Home page
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
