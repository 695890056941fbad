/** The route's segments that are fixed words of Discord's API; anything else is an id, a token or a name. */
const WORD = /^[a-z][a-z-]{0,31}$/;

/**
 * A REST route as a metric label: discord.js's bucket route (ids already `:id`), with every
 * segment that is not a plain API word replaced, so no id, token, emoji or name is ever a label.
 * Query strings are dropped. `/webhooks/:id/<token>/messages/@original` keeps its shape.
 */
export function routeFamily(route: string): string {
  const segments = route.split('?')[0]!.split('/');
  return segments
    .map((segment, index) => {
      if (segment === '' || segment === '@original' || segment === '@me') return segment;
      if (/^:[a-z]+$/.test(segment)) return segment;
      const before = segments[index - 2];
      if ((before === 'webhooks' || before === 'interactions') && index >= 2) return ':token';
      if (segments[index - 1] === 'reactions') return ':reaction';
      return WORD.test(segment) ? segment : ':id';
    })
    .join('/');
}
