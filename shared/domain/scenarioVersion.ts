// A scenario pack's version: the SHA-256 of its canonical JSON. The plan approval freezes it; the papers and minutes name it.
import { canonicalJson } from './canonical';
import type { Sha256 } from './chain';
import type { ScenarioPack } from './scenario';

/** Full hex version hash of a pack (sha256 is injected so shared/ stays free of Node and DOM). */
export function scenarioVersion(pack: ScenarioPack, sha256: Sha256): string {
  return sha256(canonicalJson(pack));
}

/** The short form printed beside a scenario's title: the first 12 hex digits. */
export function shortVersion(hash: string): string {
  return hash.slice(0, 12);
}
