// The signed-in header, rendered with the session on the server (see components/page-frame.tsx).
export { SignedInLayout as default } from "@/components/page-frame";
