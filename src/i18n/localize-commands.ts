import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import { frenchChoices, frenchDescriptions, frenchNames } from './commands-fr.ts';

interface Node {
  name: string;
  description?: string;
  choices?: { name: string; name_localizations?: Record<string, string> | null }[];
  options?: Node[];
  name_localizations?: Record<string, string> | null;
  description_localizations?: Record<string, string> | null;
}

function localize(node: Node): void {
  const name = frenchNames[node.name];
  if (name) node.name_localizations = { fr: name };
  const description = node.description ? frenchDescriptions[node.description] : undefined;
  if (description) node.description_localizations = { fr: description };
  for (const choice of node.choices ?? []) {
    const french = frenchChoices[choice.name];
    if (french) choice.name_localizations = { fr: french };
  }
  node.options?.forEach(localize);
}

/** Adds French names, descriptions and choice names to a command's registration JSON. */
export function localizeCommand<T extends RESTPostAPIApplicationCommandsJSONBody>(command: T): T {
  const copy = structuredClone(command);
  localize(copy as unknown as Node);
  return copy;
}
