/** Languages the widgets speak. */
export type Lang = 'en' | 'es';

/*
 * Every string a widget shows, for one language, section by section. Each interface below names
 * and explains a section's strings; ORDER says in which order a locale lists them. A locale is
 * then a tuple per section (`Strings`), not an object: the built script carries each string
 * without a key beside it (issue 11), a missing or extra string still fails `tsc`, and the code
 * reads a section by destructuring it in this order (`const [heading, intro] = t.banner`).
 * Phone numbers and URLs never appear here: they come from facts.ts.
 */

/** The hotline block and the sources' links, shown by several widgets. */
export interface Common {
  /** The visible text of a link to a figure's source and its date, e.g. "Source: NCMEC, 2020". */
  readonly sourceFor: (name: string, published: number) => string;
  /** A source page's title, saying in what language the page is when it is not this one. */
  readonly sourceTitle: (title: string) => string;
  /** Says the hotline is open day and night, before the number. */
  readonly hotlineLead: string;
  readonly reportOnline: string;
  /** "If a child is in immediate danger, call", followed by the 911 link. */
  readonly emergencyLead: string;
  /** For a child or teen who is being hurt or pressured: they can call or report too. */
  readonly young: string;
}

export interface Banner {
  readonly heading: string;
  readonly intro: string;
  readonly compactHeading: string;
  readonly dismiss: string;
  /** The name of the ⓘ button that shows the 911 line of a fixed banner on a small screen. */
  readonly emergency: string;
}

/** The signs come last, each a title and a text, in the order of NCMEC's page (the widget groups them). */
export interface Signs {
  readonly heading: string;
  readonly intro: string;
  /** Labels of the groups the signs are shown in. */
  readonly carry: string;
  readonly control: string;
  readonly body: string;
  readonly whatToDo: string;
  /** The steps under "What to do". */
  readonly askRight: string;
  readonly callOrReport: string;
  readonly inDanger: string;
  readonly more: string;
  readonly showMore: (hidden: number) => string;
  readonly possessionsTitle: string;
  readonly possessionsText: string;
  readonly identificationTitle: string;
  readonly identificationText: string;
  readonly coachedTitle: string;
  readonly coachedText: string;
  readonly tattoosTitle: string;
  readonly tattoosText: string;
  readonly livingTitle: string;
  readonly livingText: string;
}

/** How a figure's number is written, then the ticker's labels, then each figure's sentence in the order of STATS (facts.ts). */
export interface Stats {
  /** Digit-group separator of large numbers ("10,719", "10.719"). */
  readonly group: string;
  /** A percentage written the language's way ("91%", "91 %"). */
  readonly percent: (n: string) => string;
  readonly moreThan: (value: string) => string;
  readonly oneIn: (n: string) => string;
  readonly heading: string;
  readonly pause: string;
  readonly play: string;
  readonly previous: string;
  readonly next: string;
  readonly position: (n: number, total: number) => string;
  readonly reports2019: string;
  readonly averageAge: string;
  readonly runaways2019: string;
  readonly runawayShare: string;
  readonly missingRunaways: string;
}

/**
 * The report action comes first: its links are the hotline's and the CyberTipline's, so it has no
 * link text of its own. Each other action has a title, a text and the text of the link that does it.
 */
export interface Actions {
  readonly heading: string;
  readonly intro: string;
  readonly reportTitle: string;
  readonly reportText: string;
  readonly advocacyTitle: string;
  readonly advocacyText: string;
  readonly advocacyLink: string;
  readonly supportTitle: string;
  readonly supportText: string;
  readonly supportLink: string;
  readonly followTitle: string;
  readonly followText: string;
  readonly followLink: string;
  readonly tellTitle: string;
  readonly tellText: string;
  readonly tellLink: string;
}

/** Each myth is followed by the fact that corrects it. */
export interface Facts {
  readonly heading: string;
  readonly intro: string;
  readonly mythLabel: string;
  readonly factLabel: string;
  /** Label before the links to the pages the facts come from. */
  readonly sources: string;
  readonly boysMyth: string;
  readonly boysFact: string;
  readonly abuseMyth: string;
  readonly abuseFact: string;
  readonly targetsMyth: string;
  readonly targetsFact: string;
  readonly whereMyth: string;
  readonly whereFact: string;
}

export interface Exit {
  /** The quick-exit button's text, and the quick-exit link every widget can show. */
  readonly button: string;
  readonly note: string;
  readonly leaving: string;
  readonly shortcut: string;
  /** Inside a frame: the button may open a new tab and the page behind stays open. */
  readonly framed: string;
  /** After a Shift press: how many more presses leave. */
  readonly left: (n: number) => string;
  /** The five seconds ran out: the count starts again. */
  readonly reset: string;
  /** The name of the ⓘ button that shows the shortcut and the note of a fixed quick exit on a small screen. */
  readonly about: string;
}

/** The sections of a locale, by name. */
export interface Sections {
  readonly common: Common;
  readonly banner: Banner;
  readonly signs: Signs;
  readonly stats: Stats;
  readonly actions: Actions;
  readonly facts: Facts;
  readonly exit: Exit;
}

/** The order in which every locale lists each section's strings. */
export const ORDER = {
  common: ['sourceFor', 'sourceTitle', 'hotlineLead', 'reportOnline', 'emergencyLead', 'young'],
  banner: ['heading', 'intro', 'compactHeading', 'dismiss', 'emergency'],
  signs: [
    'heading',
    'intro',
    'carry',
    'control',
    'body',
    'whatToDo',
    'askRight',
    'callOrReport',
    'inDanger',
    'more',
    'showMore',
    'possessionsTitle',
    'possessionsText',
    'identificationTitle',
    'identificationText',
    'coachedTitle',
    'coachedText',
    'tattoosTitle',
    'tattoosText',
    'livingTitle',
    'livingText',
  ],
  stats: [
    'group',
    'percent',
    'moreThan',
    'oneIn',
    'heading',
    'pause',
    'play',
    'previous',
    'next',
    'position',
    'reports2019',
    'averageAge',
    'runaways2019',
    'runawayShare',
    'missingRunaways',
  ],
  actions: [
    'heading',
    'intro',
    'reportTitle',
    'reportText',
    'advocacyTitle',
    'advocacyText',
    'advocacyLink',
    'supportTitle',
    'supportText',
    'supportLink',
    'followTitle',
    'followText',
    'followLink',
    'tellTitle',
    'tellText',
    'tellLink',
  ],
  facts: [
    'heading',
    'intro',
    'mythLabel',
    'factLabel',
    'sources',
    'boysMyth',
    'boysFact',
    'abuseMyth',
    'abuseFact',
    'targetsMyth',
    'targetsFact',
    'whereMyth',
    'whereFact',
  ],
  exit: ['button', 'note', 'leaving', 'shortcut', 'framed', 'left', 'reset', 'about'],
} as const satisfies { readonly [S in keyof Sections]: readonly (keyof Sections[S])[] };

/** A section as a tuple in `K`'s order; `never` (so every locale fails `tsc`) if `K` leaves a string out. */
type Ordered<T, K extends readonly PropertyKey[]> =
  Exclude<keyof T, K[number]> extends never
    ? { readonly [I in keyof K]: K[I] extends keyof T ? T[K[I]] : never }
    : never;

/** Every string a widget shows, for one language: each section's strings in ORDER. */
export type Strings = { readonly [S in keyof Sections]: Ordered<Sections[S], (typeof ORDER)[S]> };
