/**
 * Every fact the widgets show that is not a sentence: phone numbers, URLs and statistics.
 * One place, so that a wrong digit can only be wrong once. The locale files hold the words
 * around these facts and never repeat the digits or URLs.
 *
 * Sources: two public pages of the National Center for Missing & Exploited Children (NCMEC),
 * kept as plain text in the project's shared seeds.
 */

/** A public page a fact comes from. */
export interface Source {
  /** Organisation name as shown to readers. */
  readonly name: string;
  /** Title of the page. */
  readonly title: string;
  /** Year the page was published. */
  readonly published: number;
  /** https URL of the page. */
  readonly url: `https://${string}`;
}

/** How a statistic's number is written. */
export type StatFormat =
  /** A plain count, grouped by the reader's locale ("10,719", "10.719"). */
  | 'count'
  /** A percentage of 100 ("91%", "91 %"). */
  | 'percent'
  /** An age in years. */
  | 'age'
  /** "1 in N": `value` holds N. */
  | 'one-in';

export interface Stat {
  /** Stable id (the `aw-link` event's `id`); the locales name their sentences by it, in the order of STATS. */
  readonly id: StatId;
  readonly value: number;
  readonly format: StatFormat;
  /**
   * The year the figure describes, only when the source says so ("In 2019 alone"). Without it the
   * figure is dated by its source ("NCMEC, 2020"), never given a year of its own.
   */
  readonly year?: number;
  readonly source: Source;
  /** The source gives a floor, not an exact count: shown as "more than N". */
  readonly atLeast?: boolean;
}

export type StatId = 'reports2019' | 'averageAge' | 'runaways2019' | 'runawayShare' | 'missingRunaways';

export const NCMEC_LETTER_2020: Source = {
  name: 'NCMEC',
  title: 'An Open Letter from Our President, John Clark',
  published: 2020,
  url: 'https://www.missingkids.org/blog/2020/letter-from-john-clark-on-child-sex-trafficking',
};

export const NCMEC_PREVENTION_MONTH_2020: Source = {
  name: 'NCMEC',
  title: 'January is National Human Trafficking Prevention Month',
  published: 2020,
  url: 'https://www.missingkids.org/blog/2020/january-is-national-human-trafficking-prevention-month',
};

/** NCMEC's 24-hour hotline. The display form and the digits are both shown to readers. */
export const HOTLINE = {
  /** The vanity form readers remember. */
  vanity: '1-800-THE-LOST',
  /** The digits, for phones without letters and for screen readers. */
  digits: '1-800-843-5678',
  /** The dialable link. */
  href: 'tel:+18008435678',
} as const;

/** NCMEC's CyberTipline, the online report form. */
export const CYBERTIPLINE_URL = 'https://report.cybertip.org/';

/** Emergency number in the United States. */
export const EMERGENCY = { digits: '911', href: 'tel:911' } as const;

/** NCMEC's public page on child sex trafficking, for readers who want more. */
export const NCMEC_TRAFFICKING_URL = 'https://www.missingkids.org/theissues/trafficking';

/** NCMEC's home page (ways to support it, and its social media links). */
export const NCMEC_HOME_URL = 'https://www.missingkids.org/';

/** National Children's Alliance: the national network of children's advocacy centers. */
export const CHILD_ADVOCACY_CENTERS_URL = 'https://www.nationalchildrensalliance.org/';

/** The numbers, in the order the ticker shows them. */
export const STATS: readonly Stat[] = [
  // "In 2019 alone, NCMEC responded to 10,719 reports of possible child sex trafficking."
  { id: 'reports2019', value: 10719, format: 'count', year: 2019, source: NCMEC_PREVENTION_MONTH_2020 },
  // "Today, the average age of child sex trafficking victims reported missing to NCMEC is only 15."
  // "Today": no year of its own, dated by the letter.
  { id: 'averageAge', value: 15, format: 'age', source: NCMEC_LETTER_2020 },
  // "Of the more than 26,300 endangered runaway children reported to NCMEC last year ..."
  // "Last year" names no year: dated by the letter.
  { id: 'runaways2019', value: 26300, format: 'count', atLeast: true, source: NCMEC_LETTER_2020 },
  // "... 1-in-6 of them were likely victims of child sex trafficking."
  { id: 'runawayShare', value: 6, format: 'one-in', source: NCMEC_LETTER_2020 },
  // "91% of the cases of missing children reported to NCMEC involve children who have run away."
  // No year at all: dated by the page.
  { id: 'missingRunaways', value: 91, format: 'percent', source: NCMEC_PREVENTION_MONTH_2020 },
];
