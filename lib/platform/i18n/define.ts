/**
 * One domain's messages in both languages. The English half must name exactly
 * the keys of the Indonesian half (the source), so a missing translation is a
 * type error in the file that introduced the key.
 *
 * `prefixes` say which keys the catalog holds: every key starts with one of
 * them, and a key belongs to the catalog declaring the longest prefix it starts
 * with (messages.test.ts checks both), so a key's name tells where it lives.
 * A domain may keep its own notices beside it under a longer prefix, such as
 * "notification.complaint" in the complaints catalog.
 */
export function defineMessages<const P extends string, const K extends `${P}${string}`>(catalog: {
  prefixes: readonly P[];
  id: Record<K, string>;
  en: NoInfer<Record<K, string>>;
}) {
  return catalog;
}
