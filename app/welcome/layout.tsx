// The signed-in header and the validation messages' translations (see components/account/account-layout.tsx).
export { AccountLayout as default } from "@/components/account/account-layout";
