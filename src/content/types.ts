import type { StatId } from './facts.js';

/** Languages the widgets speak. */
export type Lang = 'en' | 'es';

/** A warning sign of child sex trafficking. */
export interface SignText {
  readonly title: string;
  readonly text: string;
}

/** A myth and the fact that corrects it. */
export interface MythFact {
  readonly myth: string;
  readonly fact: string;
}

/** One thing anyone can do. */
export interface ActionText {
  readonly title: string;
  readonly text: string;
  /** Text of the link that does it. */
  readonly link: string;
}

/**
 * Every string a widget shows, for one language. Each locale file must satisfy this type, so a
 * missing key fails `tsc`; a test also compares the keys of every locale at run time.
 * Phone numbers and URLs never appear here: they come from facts.ts.
 */
export interface Strings {
  /** BCP 47 tag of this locale. */
  readonly lang: Lang;

  readonly common: {
    /** Says the hotline is open day and night, before the number. */
    readonly hotlineLead: string;
    readonly reportOnline: string;
    /** "If a child is in immediate danger, call", followed by the 911 link. */
    readonly emergencyLead: string;
    readonly emergencyCall: string;
    /** The visible text of a link to a figure's source and its date, e.g. "Source: NCMEC, 2020". */
    readonly sourceFor: (name: string, published: number) => string;
    /** A source page's title, saying in what language the page is when it is not this one. */
    readonly sourceTitle: (title: string) => string;
    /** For a child or teen who is being hurt or pressured: they can call or report too. */
    readonly young: string;
    readonly quickExit: string;
  };

  readonly banner: {
    readonly heading: string;
    readonly intro: string;
    readonly compactHeading: string;
    readonly dismiss: string;
    /** The name of the ⓘ button that shows the 911 line of a fixed banner on a small screen. */
    readonly emergency: string;
  };

  readonly signs: {
    readonly heading: string;
    readonly intro: string;
    readonly items: Readonly<Record<SignId, SignText>>;
    /** Labels of the groups the signs are shown in. */
    readonly groups: Readonly<Record<SignGroupId, string>>;
    readonly whatToDo: string;
    readonly whatToDoSteps: readonly string[];
    readonly more: string;
    readonly showMore: (hidden: number) => string;
  };

  readonly stats: {
    readonly heading: string;
    readonly pause: string;
    readonly play: string;
    readonly previous: string;
    readonly next: string;
    readonly position: (n: number, total: number) => string;
    /** Digit-group separator of large numbers ("10,719", "10.719"). */
    readonly group: string;
    /** A percentage written the language's way ("91%", "91 %"). */
    readonly percent: (n: string) => string;
    readonly moreThan: (value: string) => string;
    readonly oneIn: (n: string) => string;
    readonly items: Readonly<Record<StatId, string>>;
  };

  readonly actions: {
    readonly heading: string;
    readonly intro: string;
    /** The report action's links are the hotline's and the CyberTipline's, so it has no link text of its own. */
    readonly items: Readonly<Record<Exclude<ActionId, 'report'>, ActionText> & { report: Omit<ActionText, 'link'> }>;
  };

  readonly facts: {
    readonly heading: string;
    readonly mythLabel: string;
    readonly factLabel: string;
    readonly intro: string;
    /** Label before the links to the pages the facts come from. */
    readonly sources: string;
    readonly items: Readonly<Record<FactId, MythFact>>;
  };

  readonly exit: {
    readonly button: string;
    readonly shortcut: string;
    readonly note: string;
    /** After a Shift press: how many more presses leave. */
    readonly left: (n: number) => string;
    /** The five seconds ran out: the count starts again. */
    readonly reset: string;
    /** Inside a frame: the button may open a new tab and the page behind stays open. */
    readonly framed: string;
    readonly leaving: string;
    /** The name of the ⓘ button that shows the shortcut and the note of a fixed quick exit on a small screen. */
    readonly about: string;
  };
}

export type SignId = 'possessions' | 'identification' | 'coached' | 'tattoos' | 'living';
export type SignGroupId = 'carry' | 'control' | 'body';
export type ActionId = 'report' | 'advocacy' | 'support' | 'follow' | 'tell';
export type FactId = 'boys' | 'abuse' | 'targets' | 'where';
