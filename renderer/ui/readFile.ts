// Files picked in the page that travel to main as text (scenario packs); archives are opened by main itself.
export function readFileText(input: HTMLInputElement): Promise<{ name: string; text: string } | null> {
  const file = input.files?.[0];
  if (!file) return Promise.resolve(null);
  return file.text().then((text) => ({ name: file.name, text }));
}
