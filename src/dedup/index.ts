/**
 * Near-duplicate (syndication) detection, pure and deterministic:
 *
 *   const sig = textSignature(doc.text);          // Uint32Array(NUM_HASHES), or null for < MIN_WORDS words
 *   store signatureToBytes(sig) and the rows (band, key) of bandKeys(sig) — or bandKeyIds(sig), one integer each
 *   candidates = documents sharing any (band, key) row
 *   keep those with isNearDuplicate(sig, candidateSig); group them with UnionFind
 *
 * Stored signatures and keys are valid while MINHASH_VERSION (and the constants) stay the same.
 * Numbers and the choice of constants: scripts/eval-dedup.ts.
 */
export {
  SHINGLE_SIZE,
  NUM_HASHES,
  MIN_WORDS,
  MINHASH_SEED,
  MINHASH_VERSION,
  fmix32,
  hashString,
  wordHashes,
  shinglesOfWords,
  shingleHashes,
  minhashSignature,
  textSignature,
  estimateJaccard,
  exactJaccard,
  intersectionSize,
  signatureToBytes,
  signatureFromBytes,
} from './minhash.js';
export { LSH_BANDS, LSH_ROWS, candidateProbability, bandKeys, bandKeyIds, LshIndex } from './lsh.js';
export { nearDuplicateThreshold, isNearDuplicate } from './near-duplicate.js';
export { UnionFind } from './groups.js';
