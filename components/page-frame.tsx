import { SiteHeader } from "./site-header";

/** The header above the page's main landmark (the skip link in the root layout jumps to it). */
export function PageFrame({ header, children }: { header: React.ReactNode; children: React.ReactNode }) {
  return (
    <>
      {header}
      <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}

/** The layout of every area read with a session (the role areas, sign-in, account pages): the server-rendered header. */
export function SignedInLayout({ children }: { children: React.ReactNode }) {
  return <PageFrame header={<SiteHeader />}>{children}</PageFrame>;
}
