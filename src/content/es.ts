import type { Strings } from './types.js';

/**
 * Spanish, as written for readers in the United States (US keyboard names, US number format). Same
 * facts as en.ts, string for string in the same order; numbers and URLs live in facts.ts.
 */
export const es: Strings = {
  common: [
    // sourceFor
    (name, published) => `Fuente: ${name}, ${published}`,
    // sourceTitle
    (title) => `“${title}” (en inglés)`,
    // hotlineLead
    'Línea directa del NCMEC, las 24 horas:',
    // reportOnline
    'Haga una denuncia en línea en la CyberTipline',
    // emergencyLead
    'Si un niño o una niña está en peligro inmediato, llame al',
    // young
    'Si eres niño, niña o adolescente y alguien te hace daño o te presiona, tú también puedes llamar o denunciar.',
  ],

  banner: [
    // heading
    '¿Cree que un niño o una niña es víctima de trata o de abuso?',
    // intro
    'No necesita estar seguro. Llame al Centro Nacional para Niños Desaparecidos y Explotados (NCMEC) a cualquier hora del día o de la noche, o haga una denuncia en línea.',
    // compactHeading
    '¿Le preocupa un niño o una niña?',
    // dismiss
    'Cerrar el mensaje de la línea directa',
    // emergency
    'En una emergencia',
  ],

  signs: [
    // heading
    'Señales de que un menor podría ser víctima de trata',
    // intro
    'La trata sexual infantil se esconde a plena vista. Estas son algunas de sus señales.',
    // carry
    'Lo que lleva consigo y cómo vive',
    // control
    'Quién tiene el control',
    // body
    'Marcas en el cuerpo',
    // whatToDo
    'Qué hacer si ve estas señales',
    // askRight
    'En lugar de preguntarse “¿y si me equivoco?”, pregúntese “¿y si tengo razón?”.',
    // callOrReport
    'Llame a la línea directa del NCMEC, abierta las 24 horas, o haga una denuncia en línea en la CyberTipline. Denunciar es responsabilidad de todos.',
    // inDanger
    'Si un menor está en peligro inmediato, llame al 911.',
    // more
    'Más información sobre las señales, del NCMEC (en inglés)',
    // showMore
    (hidden) => `Mostrar ${hidden} ${hidden === 1 ? 'señal más' : 'señales más'}`,
    // possessionsTitle
    'Dinero, tarjetas y llaves sin explicación',
    // possessionsText
    'Grandes cantidades de dinero en efectivo, tarjetas prepagadas, llaves de hotel o varios teléfonos celulares.',
    // identificationTitle
    'Otra persona guarda su identificación',
    // identificationText
    'Alguien más tiene la identificación del menor, o el menor no tiene ninguna.',
    // coachedTitle
    'Otros hablan por él o por ella',
    // coachedText
    'Parece que le han dicho qué decir, deja que otros respondan por él o ella, o mira a alguien antes de hablar.',
    // tattoosTitle
    'Tatuajes de dinero o de pertenencia',
    // tattoosText
    'Marcas que sugieren dinero o que indican que el menor pertenece a alguien, como un signo “$” o un código de barras.',
    // livingTitle
    'Vive con sus cosas en una maleta',
    // livingText
    'Señales de que el menor ha vivido sin un hogar fijo, con sus cosas en una maleta, en moteles o en un auto.',
  ],

  stats: [
    // group
    ',',
    // percent
    (n) => `${n}\u00a0%`,
    // moreThan
    (value) => `Más de ${value}`,
    // oneIn
    (n) => `1 de cada ${n}`,
    // heading
    'La trata sexual infantil en cifras',
    // pause
    'Pausar las cifras',
    // play
    'Reanudar las cifras',
    // previous
    'Cifra anterior',
    // next
    'Cifra siguiente',
    // position
    (n, total) => `Cifra ${n} de ${total}`,
    // reports2019
    'denuncias de posible trata sexual infantil fueron atendidas por el NCMEC en 2019.',
    // averageAge
    'años es la edad promedio de las víctimas de trata sexual infantil reportadas como desaparecidas al NCMEC.',
    // runaways2019
    'menores fugados en situación de peligro fueron reportados al NCMEC en un año.',
    // runawayShare
    'de esos menores fugados en peligro probablemente fue víctima de trata sexual infantil.',
    // missingRunaways
    'de los casos de menores desaparecidos reportados al NCMEC son de menores que se fugaron.',
  ],

  actions: [
    // heading
    'Lo que usted puede hacer',
    // intro
    'Padres, maestros, entrenadores, familiares: cualquier persona que tenga contacto con niños puede ayudar.',
    // reportTitle
    'Denuncie lo que vea',
    // reportText
    'Si sospecha que un menor sufre abuso o trata, avise al NCMEC por teléfono, de día o de noche, o en línea.',
    // advocacyTitle
    'Participe en su comunidad',
    // advocacyText
    'Colabore con un centro de defensa infantil cercano, para que los niños vulnerables reciban el apoyo que necesitan.',
    // advocacyLink
    'Buscar un centro de defensa infantil (en inglés)',
    // supportTitle
    'Apoye al NCMEC',
    // supportText
    'Ayude a encontrar a niños desaparecidos y a apoyar a niños que han sido explotados.',
    // supportLink
    'Formas de apoyar al NCMEC (en inglés)',
    // followTitle
    'Manténgase informado',
    // followText
    'Siga al NCMEC para conocer casos actuales de niños desaparecidos, investigaciones y noticias.',
    // followLink
    'Visitar el sitio del NCMEC (en inglés)',
    // tellTitle
    'Cuénteselo a otros, sobre todo en enero',
    // tellText
    'Enero es el Mes Nacional de Prevención de la Esclavitud y la Trata de Personas. Comparta los datos con amigos, familiares y compañeros de trabajo.',
    // tellLink
    'Leer y compartir los datos (en inglés)',
  ],

  facts: [
    // heading
    'Mitos y realidades',
    // intro
    'Conocer los datos ayuda a reconocer la trata sexual infantil y a denunciarla.',
    // mythLabel
    'Mito',
    // factLabel
    'Realidad',
    // sources
    'Fuentes',
    // boysMyth
    'Solo las niñas son víctimas de trata.',
    // boysFact
    'También les pasa a los niños. La trata sexual infantil puede afectar a cualquier menor, de cualquier género, en cualquier lugar.',
    // abuseMyth
    'Algunos menores eligen esta vida.',
    // abuseFact
    'Ningún menor quiere ser víctima de trata. Es un adulto que se aprovecha de las vulnerabilidades de un menor, no una elección. Comprar y vender a un menor no es prostitución: es abuso infantil.',
    // targetsMyth
    'Los tratantes secuestran a menores desconocidos.',
    // targetsFact
    'Los tratantes suelen buscar a menores desaparecidos con falsas promesas de amor, seguridad y cariño, y se aprovechan de su necesidad de comida, ropa, dinero y techo.',
    // whereMyth
    'Eso no pasa en comunidades como la mía.',
    // whereFact
    'Ninguna comunidad está a salvo. Los tratantes pueden reclutar en escuelas, en redes sociales, en centros comerciales y estaciones de autobús, y en hogares de crianza temporal y hogares grupales.',
  ],

  exit: [
    // button
    'Salir de esta página',
    // note
    'Esto le lleva de inmediato a otro sitio web, pero no borra su historial de navegación. Para mantener su visita en privado, use una ventana privada, o borre después esta visita del historial: borrarlo todo también puede llamar la atención.',
    // leaving
    'Saliendo de esta página',
    // shortcut
    'o presione Shift 3 veces',
    // framed
    'En este sitio, el botón puede abrir el otro sitio web en una pestaña nueva y dejar esta página abierta detrás.',
    // left
    (n) => `Presione Shift ${n} ${n === 1 ? 'vez' : 'veces'} más para salir`,
    // reset
    'Cuenta de Shift reiniciada',
    // about
    'Sobre su historial de navegación',
  ],
};
