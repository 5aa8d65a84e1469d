/** A half-open range [start, end) in UTF-16 code units of `Doc.text`. */
export interface Range {
  start: number;
  end: number;
}

/** An annotation: a labelled range kept in a named layer of a Doc. */
export interface Span extends Range {
  label: string;
  /** Which annotator (or rule) produced it, e.g. "dates/absolute". */
  source: string;
  attrs?: Record<string, unknown>;
}
