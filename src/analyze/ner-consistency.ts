/**
 * Document-level consistency for NER: within one document a name keeps its type. The tagger
 * labels sentences one at a time and misses some repeats ("رامسفيلد" tagged five times, missed
 * the sixth); this pass gives an untagged word the type it has in most of its other occurrences,
 * and repeats a tagged multi-word name wherever the same words recur untagged.
 */

export interface TaggedWords {
  words: readonly string[];
  tags: string[];
}

/** A word's lookup key (clitics stripped, normalized); '' for words that can never be names. */
export type NameKeyOf = (word: string) => string;

const MIN_KEY_LENGTH = 3;

export function propagateNames(
  sentences: TaggedWords[],
  keyOf: NameKeyOf,
  canStandAlone: (key: string) => boolean = () => true,
  formOf: (word: string) => string = (w) => w,
  looksLikeName: (word: string) => boolean = () => false,
  isListedName: (word: string) => boolean = () => false,
): void {
  const keys = sentences.map((s) => s.words.map(keyOf));
  // how often each single key occurs, and how often (and as what) it is tagged as a whole name
  const seen = new Map<string, number>();
  const tagged = new Map<string, Map<string, number>>();
  const phrases = new Map<string, string>();
  const surnames = new Set<string>();
  // a first name given with a surname, by the surnames it was given with (one person if only one)
  const firstNames = new Map<string, Set<string>>();
  const surnameForms = new Set<string>();
  sentences.forEach((s, k) => {
    const ks = keys[k];
    for (const key of ks) if (key) seen.set(key, (seen.get(key) ?? 0) + 1);
    for (let i = 0; i < s.tags.length; ) {
      if (s.tags[i] === 'O') {
        i++;
        continue;
      }
      const type = s.tags[i].slice(2);
      let j = i + 1;
      while (j < s.tags.length && s.tags[j] === 'I-' + type) j++;
      if (j - i === 1) {
        const key = ks[i];
        let byType = tagged.get(key);
        if (!byType) tagged.set(key, (byType = new Map()));
        byType.set(type, (byType.get(type) ?? 0) + 1);
      } else if (ks.slice(i, j).every(Boolean)) {
        phrases.set(ks.slice(i, j).join(' '), type);
        // a person named in full is later called by the surname alone ("ميا بلوم" ... "بلوم")
        if (type === 'PER' && canStandAlone(ks[j - 1])) {
          surnames.add(ks[j - 1]);
          if (j - i === 2 && canStandAlone(ks[i])) {
            let with_ = firstNames.get(ks[i]);
            if (!with_) firstNames.set(ks[i], (with_ = new Set()));
            with_.add(ks[j - 1]);
          }
          surnameForms.add(formOf(s.words[j - 1]));
        }
      }
      i = j;
    }
  });
  const maxPhrase = Math.max(0, ...[...phrases.keys()].map((p) => p.split(' ').length));
  const phraseStarts = new Set([...phrases.keys()].map((p) => p.slice(0, p.indexOf(' '))));

  // A surname of a person named in full, run on by the tagger into the words after it
  // ("بلوم لوسيلتين" for "Bloom [points to] two means"), is cut back to the surname.
  sentences.forEach((s, k) => {
    const ks = keys[k];
    for (let i = 0; i < s.tags.length; i++) {
      if (s.tags[i] !== 'B-PER' || !surnames.has(ks[i])) continue;
      let j = i + 1;
      while (j < s.tags.length && s.tags[j] === 'I-PER') j++;
      if (j - i < 2 || s.words.slice(i + 1, j).some(looksLikeName)) continue;
      for (let m = i + 1; m < j; m++) s.tags[m] = 'O';
      phrases.delete(ks.slice(i, j).join(' '));
      surnames.delete(ks[j - 1]);
    }
  });

  sentences.forEach((s, k) => {
    const ks = keys[k];
    for (let i = 0; i < s.tags.length; i++) {
      // a person's surname alone that the tagger took for a place or an organisation: "العبدة"
      // after "ماريا العبدة" (العبدة is also a town); not a listed name, which is more often a
      // person's name run on into it ("محمد صادق نيويورك" for "... : نيويورك")
      if ((s.tags[i] === 'B-LOC' || s.tags[i] === 'B-ORG') && !s.tags[i + 1]?.startsWith('I-') && surnames.has(ks[i]) && !isListedName(s.words[i])) {
        s.tags[i] = 'B-PER';
        continue;
      }
      if (s.tags[i] !== 'O') continue;
      // a multi-word name recurring untagged, longest first
      let done = false;
      // the longest run of untagged words from i that a phrase could cover
      let untagged = 1;
      if (phraseStarts.has(ks[i])) while (untagged < maxPhrase && i + untagged < s.tags.length && s.tags[i + untagged] === 'O') untagged++;
      for (let len = untagged; len >= 2 && !done; len--) {
        const type = phrases.get(ks.slice(i, i + len).join(' '));
        if (type) {
          s.tags[i] = 'B-' + type;
          for (let m = 1; m < len; m++) s.tags[i + m] = 'I-' + type;
          i += len - 1;
          done = true;
        }
      }
      if (done) continue;
      // the same surname written in two words ("أو كونور" for "أوكونور")
      if (surnameForms.size > 0 && i + 1 < s.tags.length && s.tags[i + 1] === 'O' && ks[i] && ks[i + 1] && surnameForms.has(formOf(s.words[i]) + formOf(s.words[i + 1]))) {
        s.tags[i] = 'B-PER';
        s.tags[i + 1] = 'I-PER';
        i++;
        continue;
      }
      const key = ks[i];
      // a surname alone ("بلوم"), or a first name alone when the document gives it to one person only ("ديمة")
      const standsAlone = surnames.has(key) || firstNames.get(key)?.size === 1;
      if (key.length >= MIN_KEY_LENGTH && standsAlone && (i + 1 >= s.tags.length || s.tags[i + 1] === 'O' || !s.tags[i + 1].endsWith('PER'))) {
        s.tags[i] = 'B-PER';
        continue;
      }
      const byType = key.length >= MIN_KEY_LENGTH ? tagged.get(key) : undefined;
      if (!byType) continue;
      let best = '';
      let count = 0;
      for (const [type, n] of byType) if (n > count) [best, count] = [type, n];
      // only when the word is a name in most of its occurrences
      if (count * 2 >= (seen.get(key) ?? 0)) {
        const prev = i > 0 ? s.tags[i - 1] : 'O';
        s.tags[i] = prev !== 'O' && prev.slice(2) === best ? 'I-' + best : 'B-' + best;
      }
    }
  });
}
