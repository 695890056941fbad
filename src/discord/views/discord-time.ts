/** Discord's timestamp markup: each reader sees the moment in their own time zone and language. */
export function discordTime(iso: string, style: 'R' | 'F' | 'd'): string {
  return `<t:${Math.floor(Date.parse(iso) / 1000)}:${style}>`;
}
