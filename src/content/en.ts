import type { Strings } from './types.js';

/** English. Facts from NCMEC's public pages, in our own words; numbers and URLs live in facts.ts. */
export const en = {
  lang: 'en',

  common: {
    hotlineLead: 'NCMEC’s 24-hour hotline:',
    reportOnline: 'Report online to the CyberTipline',
    emergencyLead: 'If a child is in immediate danger, call',
    emergencyCall: '911',
    sourceFor: (name, published) => `Source: ${name}, ${published}`,
    sourceTitle: (title) => `“${title}”`,
    young: 'If you are a child or a teen and someone is hurting or pressuring you, you can call or report too.',
    quickExit: 'Exit this page',
  },

  banner: {
    heading: 'Think a child is being trafficked or abused?',
    intro:
      'You don’t have to be sure. Call the National Center for Missing & Exploited Children (NCMEC) any time, day or night, or make a report online.',
    compactHeading: 'Worried about a child?',
    dismiss: 'Dismiss the hotline message',
    emergency: 'In an emergency',
  },

  signs: {
    heading: 'Signs a child may be trafficked',
    intro: 'Child sex trafficking hides in plain sight. These are some of its signs.',
    items: {
      possessions: {
        title: 'Cash, cards and keys they can’t explain',
        text: 'Large amounts of cash, prepaid cards, hotel room keys, or more than one cell phone.',
      },
      identification: {
        title: 'Someone else holds their ID',
        text: 'Another person keeps the child’s identification, or the child has none at all.',
      },
      coached: {
        title: 'Others speak for them',
        text: 'The child seems coached when talking to people, lets others answer for them, or looks at someone before speaking.',
      },
      tattoos: {
        title: 'Tattoos of money or ownership',
        text: 'Marks that suggest money or belonging to someone, such as a “$” sign or a barcode.',
      },
      living: {
        title: 'Living out of a suitcase',
        text: 'Signs the child has been living out of a suitcase, in motels, or in a car.',
      },
    },
    groups: {
      carry: 'What they carry and how they live',
      control: 'Who controls them',
      body: 'Marks on the body',
    },
    whatToDo: 'What to do if you see these signs',
    whatToDoSteps: [
      'Instead of asking “what if I’m wrong?”, ask “what if I’m right?”',
      'Call NCMEC’s 24-hour hotline or report online to the CyberTipline. Reporting is everyone’s responsibility.',
      'If a child is in immediate danger, call 911.',
    ],
    more: 'More about the signs, from NCMEC',
    showMore: (hidden) => `Show ${hidden} more ${hidden === 1 ? 'sign' : 'signs'}`,
  },

  stats: {
    heading: 'Child sex trafficking by the numbers',
    pause: 'Pause the figures',
    play: 'Play the figures',
    previous: 'Previous figure',
    next: 'Next figure',
    position: (n, total) => `Figure ${n} of ${total}`,
    group: ',',
    percent: (n) => `${n}%`,
    moreThan: (value) => `More than ${value}`,
    oneIn: (n) => `1 in ${n}`,
    items: {
      reports2019: 'reports of possible child sex trafficking were handled by NCMEC in 2019.',
      averageAge: 'is the average age of child sex trafficking victims reported missing to NCMEC.',
      runaways2019: 'endangered runaway children were reported to NCMEC in one year.',
      runawayShare: 'of those endangered runaways were likely victims of child sex trafficking.',
      missingRunaways: 'of the missing-children cases reported to NCMEC involve children who ran away.',
    },
  },

  actions: {
    heading: 'What you can do',
    intro: 'Parents, teachers, coaches, relatives: anyone who comes into contact with children can help.',
    items: {
      report: {
        title: 'Report what you see',
        text: 'If you suspect a child is being abused or trafficked, tell NCMEC by phone, day or night, or online.',
      },
      advocacy: {
        title: 'Get involved locally',
        text: 'Work with a children’s advocacy center near you, so that vulnerable children get the support they need.',
        link: 'Find a children’s advocacy center',
      },
      support: {
        title: 'Support NCMEC',
        text: 'Help find missing children and support children who have been exploited.',
        link: 'Ways to support NCMEC',
      },
      follow: {
        title: 'Stay informed',
        text: 'Follow NCMEC for current cases of missing children, research and news.',
        link: 'Visit NCMEC',
      },
      tell: {
        title: 'Tell others, especially in January',
        text: 'January is National Slavery and Human Trafficking Prevention Month. Share the facts with friends, family and co-workers.',
        link: 'Read and share the facts',
      },
    },
  },

  facts: {
    heading: 'Myths and facts',
    mythLabel: 'Myth',
    factLabel: 'Fact',
    intro: 'Knowing the facts helps people recognize child sex trafficking and report it.',
    sources: 'Sources',
    items: {
      boys: {
        myth: 'Only girls are trafficked.',
        fact: 'It happens to boys too. Child sex trafficking can happen to any child, of any gender, anywhere.',
      },
      abuse: {
        myth: 'Some children choose this life.',
        fact: 'No child wants to be trafficked. It is an adult preying on a child’s vulnerabilities, not a choice. Buying and selling a child is not prostitution: it is child abuse.',
      },
      targets: {
        myth: 'Traffickers kidnap children they don’t know.',
        fact: 'Traffickers often target missing children with false promises of love, safety and affection, and take advantage of their need for food, clothing, money and shelter.',
      },
      where: {
        myth: 'It doesn’t happen in communities like mine.',
        fact: 'No community is immune. Traffickers may recruit in schools, on social networking sites, at shopping malls and bus stations, and in foster care and group homes.',
      },
    },
  },

  exit: {
    button: 'Exit this page',
    shortcut: 'or press Shift 3 times',
    note: 'This takes you to another website at once, but it does not erase your browsing history. To keep a visit private, use a private window, or delete this visit from your history afterwards: clearing all of it can itself be noticed.',
    left: (n) => `Press Shift ${n} more ${n === 1 ? 'time' : 'times'} to exit`,
    reset: 'Shift count reset',
    framed: 'On this site, the button may open the other website in a new tab and leave this page open behind it.',
    leaving: 'Leaving this page',
    about: 'About your browsing history',
  },
} satisfies Strings;
