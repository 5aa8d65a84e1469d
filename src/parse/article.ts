/** The structure the parsers (plain scraped text, HTML, JSON records) produce for one article. */
export interface Section {
  /** null for the first section when the body opens without a subheading. */
  heading: string | null;
  paragraphs: string[];
}

/** A dateline at the head of a body: "دبي، الإمارات العربية المتحدة (CNN)—". */
export interface Dateline {
  place: string | null;
  source: string | null;
  /** The dateline exactly as it stood, including its closing dash. */
  text: string;
}

export interface Article {
  title: string | null;
  /** ISO 8601 (`2017-08-15T13:26`); a UTC offset only when the source gives one. */
  published: string | null;
  caption: string | null;
  lead: string | null;
  /** Highlighted lines (pull quotes) kept apart from the body flow. */
  pullQuotes: string[];
  dateline: Dateline | null;
  author: string | null;
  sections: Section[];
}
