import type { Strings } from './types.js';

/**
 * English. Facts from NCMEC's public pages, in our own words; numbers and URLs live in facts.ts.
 * Each section lists its strings in the order of ORDER (types.ts), each under its name.
 */
export const en: Strings = {
  common: [
    // sourceFor
    (name, published) => `Source: ${name}, ${published}`,
    // sourceTitle
    (title) => `“${title}”`,
    // hotlineLead
    'NCMEC’s 24-hour hotline:',
    // reportOnline
    'Report online to the CyberTipline',
    // emergencyLead
    'If a child is in immediate danger, call',
    // young
    'If you are a child or a teen and someone is hurting or pressuring you, you can call or report too.',
  ],

  banner: [
    // heading
    'Think a child is being trafficked or abused?',
    // intro
    'You don’t have to be sure. Call the National Center for Missing & Exploited Children (NCMEC) any time, day or night, or make a report online.',
    // compactHeading
    'Worried about a child?',
    // dismiss
    'Dismiss the hotline message',
    // emergency
    'In an emergency',
  ],

  signs: [
    // heading
    'Signs a child may be trafficked',
    // intro
    'Child sex trafficking hides in plain sight. These are some of its signs.',
    // carry
    'What they carry and how they live',
    // control
    'Who controls them',
    // body
    'Marks on the body',
    // whatToDo
    'What to do if you see these signs',
    // askRight
    'Instead of asking “what if I’m wrong?”, ask “what if I’m right?”',
    // callOrReport
    'Call NCMEC’s 24-hour hotline or report online to the CyberTipline. Reporting is everyone’s responsibility.',
    // inDanger
    'If a child is in immediate danger, call 911.',
    // more
    'More about the signs, from NCMEC',
    // showMore
    (hidden) => `Show ${hidden} more ${hidden === 1 ? 'sign' : 'signs'}`,
    // possessionsTitle
    'Cash, cards and keys they can’t explain',
    // possessionsText
    'Large amounts of cash, prepaid cards, hotel room keys, or more than one cell phone.',
    // identificationTitle
    'Someone else holds their ID',
    // identificationText
    'Another person keeps the child’s identification, or the child has none at all.',
    // coachedTitle
    'Others speak for them',
    // coachedText
    'The child seems coached when talking to people, lets others answer for them, or looks at someone before speaking.',
    // tattoosTitle
    'Tattoos of money or ownership',
    // tattoosText
    'Marks that suggest money or belonging to someone, such as a “$” sign or a barcode.',
    // livingTitle
    'Living out of a suitcase',
    // livingText
    'Signs the child has been living out of a suitcase, in motels, or in a car.',
  ],

  stats: [
    // group
    ',',
    // percent
    (n) => `${n}%`,
    // moreThan
    (value) => `More than ${value}`,
    // oneIn
    (n) => `1 in ${n}`,
    // heading
    'Child sex trafficking by the numbers',
    // pause
    'Pause the figures',
    // play
    'Play the figures',
    // previous
    'Previous figure',
    // next
    'Next figure',
    // position
    (n, total) => `Figure ${n} of ${total}`,
    // reports2019
    'reports of possible child sex trafficking were handled by NCMEC in 2019.',
    // averageAge
    'is the average age of child sex trafficking victims reported missing to NCMEC.',
    // runaways2019
    'endangered runaway children were reported to NCMEC in one year.',
    // runawayShare
    'of those endangered runaways were likely victims of child sex trafficking.',
    // missingRunaways
    'of the missing-children cases reported to NCMEC involve children who ran away.',
  ],

  actions: [
    // heading
    'What you can do',
    // intro
    'Parents, teachers, coaches, relatives: anyone who comes into contact with children can help.',
    // reportTitle
    'Report what you see',
    // reportText
    'If you suspect a child is being abused or trafficked, tell NCMEC by phone, day or night, or online.',
    // advocacyTitle
    'Get involved locally',
    // advocacyText
    'Work with a children’s advocacy center near you, so that vulnerable children get the support they need.',
    // advocacyLink
    'Find a children’s advocacy center',
    // supportTitle
    'Support NCMEC',
    // supportText
    'Help find missing children and support children who have been exploited.',
    // supportLink
    'Ways to support NCMEC',
    // followTitle
    'Stay informed',
    // followText
    'Follow NCMEC for current cases of missing children, research and news.',
    // followLink
    'Visit NCMEC',
    // tellTitle
    'Tell others, especially in January',
    // tellText
    'January is National Slavery and Human Trafficking Prevention Month. Share the facts with friends, family and co-workers.',
    // tellLink
    'Read and share the facts',
  ],

  facts: [
    // heading
    'Myths and facts',
    // intro
    'Knowing the facts helps people recognize child sex trafficking and report it.',
    // mythLabel
    'Myth',
    // factLabel
    'Fact',
    // sources
    'Sources',
    // boysMyth
    'Only girls are trafficked.',
    // boysFact
    'It happens to boys too. Child sex trafficking can happen to any child, of any gender, anywhere.',
    // abuseMyth
    'Some children choose this life.',
    // abuseFact
    'No child wants to be trafficked. It is an adult preying on a child’s vulnerabilities, not a choice. Buying and selling a child is not prostitution: it is child abuse.',
    // targetsMyth
    'Traffickers kidnap children they don’t know.',
    // targetsFact
    'Traffickers often target missing children with false promises of love, safety and affection, and take advantage of their need for food, clothing, money and shelter.',
    // whereMyth
    'It doesn’t happen in communities like mine.',
    // whereFact
    'No community is immune. Traffickers may recruit in schools, on social networking sites, at shopping malls and bus stations, and in foster care and group homes.',
  ],

  exit: [
    // button
    'Exit this page',
    // note
    'This takes you to another website at once, but it does not erase your browsing history. To keep a visit private, use a private window, or delete this visit from your history afterwards: clearing all of it can itself be noticed.',
    // leaving
    'Leaving this page',
    // shortcut
    'or press Shift 3 times',
    // framed
    'On this site, the button may open the other website in a new tab and leave this page open behind it.',
    // left
    (n) => `Press Shift ${n} more ${n === 1 ? 'time' : 'times'} to exit`,
    // reset
    'Shift count reset',
    // about
    'About your browsing history',
  ],
};
