/** Snapshot hygiene: revisions, store hashes, narHashes and dates replaced by stable placeholders. */
export function normalise(text: string): string {
  return text
    .replace(/\b[0-9a-f]{40}\b/g, '<rev>')
    .replace(/\/nix\/store\/[0-9a-z]{32}-/g, '/nix/store/<hash>-')
    .replace(/sha256-[A-Za-z0-9+/]{43}=/g, 'sha256-<narHash>')
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, '<date>')
    .replace(/\b[0-9a-f]{7}\b/g, '<short>');
}
