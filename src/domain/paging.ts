/** A page of a list: how many pages there are (at least one), and the asked page kept within them. */
export function pageWithin(page: number, total: number, pageSize: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return { page: Math.min(Math.max(page, 0), pages - 1), pages };
}
