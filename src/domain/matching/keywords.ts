/** Words too common to say anything about a match, in English and French. */
const stopwords = new Set(
  `about after again also been being both could does doing from have having here into just more most much only other over same should some such than that their them then there these they this those through very want what when where which while will with would your yours
  avec aussi autre avoir dans donc elle elles encore être fait faire leur leurs mais même nous pour plus quand quel quelle sans sont sous suis tout tous très vous votre`.split(
    /\s+/,
  ),
);

/**
 * The distinct keywords of a free text: lower-cased words of four letters or more, without
 * common words, with a plural "s" dropped so that "skills" meets "skill".
 */
export function keywords(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]{4,}/gu) ?? [];
  return [
    ...new Set(
      words.filter((w) => !stopwords.has(w)).map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w)),
    ),
  ];
}
