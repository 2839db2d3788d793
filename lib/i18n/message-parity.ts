import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

/** A catalogue of messages as in messages/<locale>.json: texts nested in namespaces. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** Every message of a catalogue by its dotted key ("header.signIn"). */
export function flattenMessages(tree: MessageTree, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(path, value);
    else for (const [inner, text] of flattenMessages(value, path)) flat.set(inner, text);
  }
  return flat;
}

/** The arguments and rich-text tags a message uses, each with its kind ("count:plural", "<b>"), sorted. */
export function listPlaceholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument) found.add(element.value);
      else if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) found.add(`${element.value}:${TYPE[element.type]}`);
      else if (element.type === TYPE.plural || element.type === TYPE.select) {
        found.add(`${element.value}:${element.type === TYPE.plural ? "plural" : "select"}`);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.tag) {
        found.add(`<${element.value}>`);
        walk(element.children);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

/** What differs between two catalogues: keys in one only, and messages whose placeholders differ. Empty when they match. */
export function compareCatalogues(reference: MessageTree, other: MessageTree, names: [string, string]): string[] {
  const [a, b] = [flattenMessages(reference), flattenMessages(other)];
  const problems: string[] = [];
  for (const key of a.keys()) if (!b.has(key)) problems.push(`${key}: only in ${names[0]}`);
  for (const key of b.keys()) if (!a.has(key)) problems.push(`${key}: only in ${names[1]}`);
  for (const [key, text] of a) {
    const otherText = b.get(key);
    if (otherText === undefined) continue;
    const [left, right] = [listPlaceholders(text).join(", "), listPlaceholders(otherText).join(", ")];
    if (left !== right) problems.push(`${key}: placeholders {${left}} in ${names[0]}, {${right}} in ${names[1]}`);
  }
  return problems;
}
