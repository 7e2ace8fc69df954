/** "AnyDesk and TeamViewer", "AnyDesk y TeamViewer", "AnyDesk und TeamViewer". */
export function listOf(names: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}
