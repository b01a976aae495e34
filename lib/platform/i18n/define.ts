/**
 * One domain's messages in both languages. The English half must name exactly
 * the keys of the Indonesian half (the source), so a missing translation is a
 * type error in the file that introduced the key.
 */
export function defineMessages<const K extends string>(catalog: {
  id: Record<K, string>;
  en: NoInfer<Record<K, string>>;
}) {
  return catalog;
}
