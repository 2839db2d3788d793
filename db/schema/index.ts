export * from "./countries";
export * from "./users";
export * from "./editions";
export * from "./nominations";
export * from "./scoring";
export * from "./results";
export * from "./annexes";
export * from "./mail";
