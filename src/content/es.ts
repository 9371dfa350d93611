import type { Strings } from './types.js';

/** Spanish, as written for readers in the United States (US keyboard names, US number format). Same facts as en.ts; numbers and URLs live in facts.ts. */
export const es = {
  lang: 'es',

  common: {
    hotlineLead: 'Línea directa del NCMEC, las 24 horas:',
    reportOnline: 'Haga una denuncia en línea en la CyberTipline',
    emergencyLead: 'Si un niño o una niña está en peligro inmediato, llame al',
    emergencyCall: '911',
    sourceFor: (name, published) => `Fuente: ${name}, ${published}`,
    sourceTitle: (title) => `“${title}” (en inglés)`,
    young:
      'Si eres niño, niña o adolescente y alguien te hace daño o te presiona, tú también puedes llamar o denunciar.',
    quickExit: 'Salir de esta página',
  },

  banner: {
    heading: '¿Cree que un niño o una niña es víctima de trata o de abuso?',
    intro:
      'No necesita estar seguro. Llame al Centro Nacional para Niños Desaparecidos y Explotados (NCMEC) a cualquier hora del día o de la noche, o haga una denuncia en línea.',
    compactHeading: '¿Le preocupa un niño o una niña?',
    dismiss: 'Cerrar el mensaje de la línea directa',
    emergency: 'En una emergencia',
  },

  signs: {
    heading: 'Señales de que un menor podría ser víctima de trata',
    intro: 'La trata sexual infantil se esconde a plena vista. Estas son algunas de sus señales.',
    items: {
      possessions: {
        title: 'Dinero, tarjetas y llaves sin explicación',
        text: 'Grandes cantidades de dinero en efectivo, tarjetas prepagadas, llaves de hotel o varios teléfonos celulares.',
      },
      identification: {
        title: 'Otra persona guarda su identificación',
        text: 'Alguien más tiene la identificación del menor, o el menor no tiene ninguna.',
      },
      coached: {
        title: 'Otros hablan por él o por ella',
        text: 'Parece que le han dicho qué decir, deja que otros respondan por él o ella, o mira a alguien antes de hablar.',
      },
      tattoos: {
        title: 'Tatuajes de dinero o de pertenencia',
        text: 'Marcas que sugieren dinero o que indican que el menor pertenece a alguien, como un signo “$” o un código de barras.',
      },
      living: {
        title: 'Vive con sus cosas en una maleta',
        text: 'Señales de que el menor ha vivido sin un hogar fijo, con sus cosas en una maleta, en moteles o en un auto.',
      },
    },
    groups: {
      carry: 'Lo que lleva consigo y cómo vive',
      control: 'Quién tiene el control',
      body: 'Marcas en el cuerpo',
    },
    whatToDo: 'Qué hacer si ve estas señales',
    whatToDoSteps: [
      'En lugar de preguntarse “¿y si me equivoco?”, pregúntese “¿y si tengo razón?”.',
      'Llame a la línea directa del NCMEC, abierta las 24 horas, o haga una denuncia en línea en la CyberTipline. Denunciar es responsabilidad de todos.',
      'Si un menor está en peligro inmediato, llame al 911.',
    ],
    more: 'Más información sobre las señales, del NCMEC (en inglés)',
    showMore: (hidden) => `Mostrar ${hidden} ${hidden === 1 ? 'señal más' : 'señales más'}`,
  },

  stats: {
    heading: 'La trata sexual infantil en cifras',
    pause: 'Pausar las cifras',
    play: 'Reanudar las cifras',
    previous: 'Cifra anterior',
    next: 'Cifra siguiente',
    position: (n, total) => `Cifra ${n} de ${total}`,
    group: ',',
    percent: (n) => `${n}\u00a0%`,
    moreThan: (value) => `Más de ${value}`,
    oneIn: (n) => `1 de cada ${n}`,
    items: {
      reports2019: 'denuncias de posible trata sexual infantil fueron atendidas por el NCMEC en 2019.',
      averageAge:
        'años es la edad promedio de las víctimas de trata sexual infantil reportadas como desaparecidas al NCMEC.',
      runaways2019: 'menores fugados en situación de peligro fueron reportados al NCMEC en un año.',
      runawayShare: 'de esos menores fugados en peligro probablemente fue víctima de trata sexual infantil.',
      missingRunaways: 'de los casos de menores desaparecidos reportados al NCMEC son de menores que se fugaron.',
    },
  },

  actions: {
    heading: 'Lo que usted puede hacer',
    intro: 'Padres, maestros, entrenadores, familiares: cualquier persona que tenga contacto con niños puede ayudar.',
    items: {
      report: {
        title: 'Denuncie lo que vea',
        text: 'Si sospecha que un menor sufre abuso o trata, avise al NCMEC por teléfono, de día o de noche, o en línea.',
      },
      advocacy: {
        title: 'Participe en su comunidad',
        text: 'Colabore con un centro de defensa infantil cercano, para que los niños vulnerables reciban el apoyo que necesitan.',
        link: 'Buscar un centro de defensa infantil (en inglés)',
      },
      support: {
        title: 'Apoye al NCMEC',
        text: 'Ayude a encontrar a niños desaparecidos y a apoyar a niños que han sido explotados.',
        link: 'Formas de apoyar al NCMEC (en inglés)',
      },
      follow: {
        title: 'Manténgase informado',
        text: 'Siga al NCMEC para conocer casos actuales de niños desaparecidos, investigaciones y noticias.',
        link: 'Visitar el sitio del NCMEC (en inglés)',
      },
      tell: {
        title: 'Cuénteselo a otros, sobre todo en enero',
        text: 'Enero es el Mes Nacional de Prevención de la Esclavitud y la Trata de Personas. Comparta los datos con amigos, familiares y compañeros de trabajo.',
        link: 'Leer y compartir los datos (en inglés)',
      },
    },
  },

  facts: {
    heading: 'Mitos y realidades',
    mythLabel: 'Mito',
    factLabel: 'Realidad',
    intro: 'Conocer los datos ayuda a reconocer la trata sexual infantil y a denunciarla.',
    sources: 'Fuentes',
    items: {
      boys: {
        myth: 'Solo las niñas son víctimas de trata.',
        fact: 'También les pasa a los niños. La trata sexual infantil puede afectar a cualquier menor, de cualquier género, en cualquier lugar.',
      },
      abuse: {
        myth: 'Algunos menores eligen esta vida.',
        fact: 'Ningún menor quiere ser víctima de trata. Es un adulto que se aprovecha de las vulnerabilidades de un menor, no una elección. Comprar y vender a un menor no es prostitución: es abuso infantil.',
      },
      targets: {
        myth: 'Los tratantes secuestran a menores desconocidos.',
        fact: 'Los tratantes suelen buscar a menores desaparecidos con falsas promesas de amor, seguridad y cariño, y se aprovechan de su necesidad de comida, ropa, dinero y techo.',
      },
      where: {
        myth: 'Eso no pasa en comunidades como la mía.',
        fact: 'Ninguna comunidad está a salvo. Los tratantes pueden reclutar en escuelas, en redes sociales, en centros comerciales y estaciones de autobús, y en hogares de crianza temporal y hogares grupales.',
      },
    },
  },

  exit: {
    button: 'Salir de esta página',
    shortcut: 'o presione Shift 3 veces',
    note: 'Esto le lleva de inmediato a otro sitio web, pero no borra su historial de navegación. Para mantener su visita en privado, use una ventana privada, o borre después esta visita del historial: borrarlo todo también puede llamar la atención.',
    left: (n) => `Presione Shift ${n} ${n === 1 ? 'vez' : 'veces'} más para salir`,
    reset: 'Cuenta de Shift reiniciada',
    framed:
      'En este sitio, el botón puede abrir el otro sitio web en una pestaña nueva y dejar esta página abierta detrás.',
    leaving: 'Saliendo de esta página',
    about: 'Sobre su historial de navegación',
  },
} satisfies Strings;
