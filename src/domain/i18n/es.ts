/**
 * Spanish UI text (neutral Latin-American / US Spanish, usted forms).
 *
 * Terminology, used the same way everywhere:
 * - sheriff → alguacil; sheriff's office → oficina del alguacil
 * - detainer → solicitud de retención (de ICE); "(detainer)" is added in the glossary entry.
 *   A detainer is a request, so it is never called an "orden", which is kept for warrants and orders.
 * - administrative warrant → orden de arresto administrativa; judicial warrant or order → orden judicial;
 *   judge's order → orden de un juez
 * - 287(g) agreement → acuerdo 287(g); models: cárcel, ejecución de órdenes de arresto, grupo de trabajo
 * - step → etapa; class → categoría; evidence (basis) → evidencia; record → registro
 * - statewide statement → declaración de alcance estatal; disputed → en disputa
 * - "sanctuary" is not used as a label (the English catalog does not use it either).
 */
import type { Messages } from './en.ts';

export const es: Messages = {
  'app.title': 'Los alguaciles de Carolina del Norte e ICE',
  'app.subtitle':
    'Lo que muestran los registros sobre la cooperación de cada alguacil de condado con el Servicio de Inmigración y Control de Aduanas de EE. UU. (ICE), etapa por etapa desde 2018.',
  'app.asOf': 'Datos actualizados al {date}',
  'app.latestSource': 'fuente más reciente con fecha del {date}',
  'app.skipToTable': 'Saltar a la tabla',
  'app.fullView': 'Abrir el mapa completo',
  'map.label': 'Mapa de los 100 condados de Carolina del Norte, coloreado por {layer}, {step}',
  'map.county': 'Condado de {name}',
  'map.countyClass': 'Condado de {name}: {cls}',
  'map.loading': 'Cargando el mapa…',
  'map.error': 'No se pudo dibujar el mapa. La tabla tiene los mismos datos.',
  'map.hint':
    'Seleccione un condado para ver su alguacil, su registro y sus fuentes. Teclado: Tab para ir al mapa, flechas para moverse, Enter para abrir, ? para ver todas las teclas.',
  'map.summary': 'Coloreado por {layer} en {step}: {counts}.',
  'map.summaryCount': '{count} × {label}',
  'map.summaryHatched': 'Evidencia: {list}.',
  'map.summaryBasis.disputed': '{count} en disputa',
  'map.summaryBasis.statewide': '{count} solo con declaración de alcance estatal',
  'map.summaryBasis.unknown': '{count} sin ninguna fuente encontrada',
  'map.announce': 'Condado de {name}: {cls}. Alguacil: {sheriff}.',
  'map.announceUnknown': 'no se sabe',
  'toolbar.more': 'Herramientas para el aula y para insertar',
  'lang.label': 'Idioma',
  'lang.contentNote':
    'Los textos de las etapas, los registros de cada condado y las fuentes están en inglés.',
  'layer.label': 'Colorear el mapa por',
  'layer.stance': 'Postura del alguacil',
  'layer.detainer': 'Manejo de las solicitudes de retención',
  'layer.sheriff': 'Partido del alguacil',
  'view.label': 'Vista',
  'view.map': 'Mapa',
  'view.table': 'Tabla',
  'view.about': 'Sobre los datos',
  'step.label': 'Etapa en el tiempo',
  'step.valuetext': '{label}: {title}',
  'step.play': 'Reproducir las etapas',
  'step.pause': 'Pausa',
  'step.position': 'Etapa {n} de {total}',
  'step.happened': 'Qué pasó',
  'step.vote': 'Votación',
  'step.law': 'Qué exigía la ley en ese momento',
  'step.sources': 'Fuentes',
  'legend.title': 'Leyenda',
  'legend.countiesUnit': 'condados',
  'legend.countyUnit': 'condado',
  'legend.clear': 'Quitar el resaltado',
  'legend.pattern.statewide': 'Rayado: solo declaración de alcance estatal',
  'legend.pattern.disputed': 'Rayado cruzado: en disputa (vea la ficha del condado)',
  'legend.pattern.unknown': 'Punteado: no se encontró ninguna fuente',
  'legend.newSheriff': 'Contorno grueso: alguacil nuevo desde la etapa anterior',
  'legend.changed': 'Contorno grueso: cambió desde la etapa anterior',
  'changes.none': 'Ningún condado cambió de categoría desde {step}.',
  'changes.first': 'Esta es la primera etapa.',
  'changes.group': '{count} de {from} a {to}',
  'changes.one': '1 condado pasó de {from} a {to} desde {step}.',
  'changes.many': '{count} condados pasaron de {from} a {to} desde {step}.',
  'changes.mixed': '{count} condados cambiaron desde {step}: {groups}.',
  'changes.newSheriffs': '{count} condados tienen un alguacil nuevo desde {step}.',
  'changes.newSheriff': '1 condado tiene un alguacil nuevo desde {step}.',
  'changes.noNewSheriff': 'Ningún condado tiene un alguacil nuevo desde {step}.',
  'basis.documented': 'Documentado: una fuente específica del condado',
  'basis.statewide': 'Solo declaración de alcance estatal: ninguna fuente específica del condado',
  'basis.disputed':
    'En disputa: alguien identificado afirma que el condado no coopera o no cumple (vea quién afirma qué)',
  'basis.unknown': 'Desconocido: no se encontró ninguna fuente',
  'card.close': 'Cerrar',
  'card.loading': 'Cargando el registro del condado…',
  'card.error':
    'No se pudo cargar el registro del condado. La tabla y las descargas tienen los mismos datos.',
  'card.title': 'Condado de {name}',
  'card.atStep': 'En {step}',
  'card.sheriff': 'Alguacil',
  'card.sheriffUnknown': 'Las fuentes no lo indican',
  'card.since': 'en el cargo desde {date}',
  'card.sinceAtLeast': 'en el cargo desde al menos el {date} (la elección más antigua de los datos)',
  'card.asElected':
    'Según el resultado de la elección; es posible que las fuentes no registren un cambio a mitad del mandato.',
  'card.stance': 'Postura',
  'card.detainer': 'Solicitudes de retención',
  'card.basis': 'Evidencia',
  'card.record': 'Registro hasta esta etapa',
  'card.noRecord': 'No hay un registro específico del condado hasta esta etapa.',
  'card.claimant': 'Afirmación de {who}',
  'card.history': 'En todas las etapas',
  'card.historyStep': 'Etapa',
  'card.opensNewTab': '(se abre en una pestaña nueva)',
  'party.DEM': 'Demócrata',
  'party.REP': 'Republicano',
  'party.UNA': 'No afiliado',
  'search.label': 'Buscar un condado',
  'search.placeholder': 'Escriba el nombre de un condado',
  'search.none': 'Ningún condado coincide con “{query}”.',
  'search.count': '{count} condados coinciden.',
  'search.countOne': '1 condado coincide.',
  'table.caption': 'Los 100 condados en {step}',
  'table.county': 'Condado',
  'table.sheriff': 'Alguacil',
  'table.party': 'Partido',
  'table.stance': 'Postura',
  'table.detainer': 'Solicitudes de retención',
  'table.basis': 'Evidencia',
  'table.filter': 'Filtrar por condado o alguacil',
  'table.changedOnly': 'Solo los condados que cambiaron en esta etapa',
  'table.showing': 'Se muestran {count} de {total} condados',
  'table.empty': 'Ningún condado coincide con estos filtros.',
  'table.sortBy': 'Ordenar por {column}',
  'keys.open': 'Atajos de teclado',
  'keys.title': 'Atajos de teclado',
  'keys.tab': 'Pasar de un control a otro; el mapa cuenta como un solo control.',
  'keys.mapArrows': 'En el mapa: ir al condado vecino en esa dirección.',
  'keys.mapEnter': 'En el mapa: abrir la ficha de evidencia del condado.',
  'keys.escape': 'Cerrar la ficha del condado (el foco vuelve al mapa) o esta lista.',
  'keys.slider': 'En la línea de tiempo: etapa anterior o siguiente, primera o última etapa.',
  'keys.sliderPage': 'En la línea de tiempo: etapa anterior o siguiente.',
  'keys.search': 'En “Buscar un condado”: elegir una sugerencia y abrirla.',
  'keys.help': 'Mostrar esta lista.',
  'embed.open': 'Insertar este mapa',
  'embed.loading': 'Cargando las opciones para insertar…',
  'embed.error': 'No se pudieron cargar las opciones para insertar.',
  'embed.frameTitle': 'Título (lo leen los lectores de pantalla)',
  'embed.county': 'Abrir la ficha de un condado',
  'embed.noCounty': 'Ninguno',
  'embed.theme': 'Tema',
  'embed.height': 'Altura inicial (px)',
  'embed.compact': 'Compacto (solo mapa, leyenda, línea de tiempo y línea de fuentes)',
  'embed.code': 'Código para insertar',
  'embed.codeHelp':
    'Pegue ambas líneas en su artículo. El pequeño script ajusta el tamaño del marco a su contenido; no necesita scripts en línea, así que es compatible con políticas de seguridad de contenido (CSP) estrictas.',
  'embed.fallback': 'iframe simple',
  'embed.fallbackHelp':
    'Para sistemas que eliminan los scripts: el marco mantiene la altura que usted eligió.',
  'embed.copyCode': 'Copiar el código para insertar',
  'embed.copyFallback': 'Copiar el iframe simple',
  'embed.copied': 'Copiado: {what}.',
  'embed.copyFailed': 'El navegador bloqueó la copia; seleccione el texto y cópielo.',
  'embed.preview': 'Vista previa en vivo',
  'embed.sourceLine':
    'Fuentes: noticias, registros 287(g) de ICE y resultados electorales del estado, citados para cada condado.',
  'theme.auto': 'Automático (según la configuración de su dispositivo)',
  'theme.light': 'Claro',
  'theme.dark': 'Oscuro',
  'theme.projector': 'Proyector (alto contraste)',
  'about.downloads': 'Descargas',
  'about.csv': 'Condados por etapa (CSV)',
  'about.json': 'Condados por etapa (JSON)',
  'about.sourcesCsv': 'Fuentes (CSV)',
  'about.sourcesJson': 'Fuentes (JSON)',
  'about.dictionary': 'Diccionario de datos',
  'about.loading': 'Cargando la metodología…',
  'about.error': 'No se pudo cargar la metodología.',
  'footer.sources':
    'Fuentes: noticias, registros 287(g) de ICE y resultados de la Junta Electoral del Estado de Carolina del Norte (NC State Board of Elections); cada ficha de condado cita las suyas.',
  // Classroom: presenter, small multiples, print handout, image export, offline copy.
  'view.multiples': 'Mapas en miniatura',
  'classroom.label': 'Aula',
  'classroom.present': 'Presentar',
  'classroom.print': 'Imprimir hoja para la clase',
  'classroom.png': 'Descargar PNG',
  'classroom.svg': 'Descargar SVG',
  'classroom.exportError': 'No se pudo crear la imagen.',
  'classroom.sourceLine':
    'Fuentes: noticias, registros 287(g) de ICE y resultados de la Junta Electoral del Estado de Carolina del Norte; las fuentes de cada condado se citan en el mapa interactivo. Datos actualizados al {date}.',
  'presenter.label': 'Presentación',
  'presenter.loading': 'Cargando la presentación…',
  'presenter.slide': 'Diapositiva {n} de {total}',
  'presenter.previous': 'Diapositiva anterior',
  'presenter.next': 'Diapositiva siguiente',
  'presenter.exit': 'Salir de la presentación',
  'presenter.fullscreen': 'Pantalla completa',
  'presenter.noticeWonder': 'Observo y me pregunto',
  'presenter.reveal': 'Mostrar',
  'presenter.hide': 'Ocultar de nuevo',
  'presenter.hidden':
    'La leyenda y los detalles de la etapa están ocultos. Presione R o Mostrar para verlos.',
  'presenter.discuss': 'Para conversar',
  'presenter.keys':
    'Teclas: → PageDown Espacio siguiente · ← PageUp anterior · R mostrar · N observo y me pregunto · Esc salir',
  'presenter.mapHidden': 'Mapa de los 100 condados de Carolina del Norte, diapositiva {n}',
  'multiples.title': 'Todas las etapas, una al lado de la otra: {layer}',
  'multiples.loading': 'Cargando los mapas en miniatura…',
  'multiples.open': 'Abrir {step} en el mapa',
  'handout.title': 'Imprimir hoja para la clase',
  'handout.loading': 'Cargando la hoja para la clase…',
  'handout.error': 'No se pudo cargar la hoja para la clase.',
  'handout.scope': 'Páginas',
  'handout.thisStep': 'Esta etapa ({step}), 1 página',
  'handout.allSteps': 'Todas las etapas, {count} páginas',
  'handout.print': 'Imprimir',
  'handout.close': 'Cerrar',
  'handout.page': 'Página {n} de {total}',
  'handout.counts': 'Condados por categoría',
  'handout.glossary': 'Glosario',
  'handout.sources': 'Fuentes de esta etapa',
  'handout.questions': 'Preguntas para conversar',
  'glossary.detainer':
    'Solicitud de retención de ICE (detainer): un pedido del Servicio de Inmigración y Control de Aduanas de EE. UU. para que una cárcel avise a ICE antes de dejar en libertad a una persona y la retenga hasta 48 horas más allá del momento en que quedaría libre, para que ICE pueda tomarla bajo custodia.',
  'glossary.warrant':
    'Orden de arresto administrativa: una orden de arresto o de deportación (formularios I-200, I-205) firmada por un agente de inmigración, no por un juez. Una orden judicial la firma un juez.',
  'glossary.287g':
    'Acuerdo 287(g): un acuerdo basado en la sección 287(g) de la Ley de Inmigración y Nacionalidad por el cual ICE delega algunas tareas migratorias en agentes locales (modelos de cárcel, de ejecución de órdenes de arresto o de grupo de trabajo).',
  'glossary.sheriff':
    'Alguacil (sheriff): la máxima autoridad policial de cada condado de Carolina del Norte, elegida por voto popular cada cuatro años; también dirige la cárcel del condado.',
  'about.offline': 'Copia sin conexión: todo el mapa en un solo archivo HTML que se abre sin internet',
};

/**
 * Spanish labels and descriptions for the map's classes, keyed by class id. The English text comes
 * from the dataset (src/domain/derive/classes.ts) and SHERIFF_CLASSES in src/domain/layers.ts.
 */
export const esClasses: Record<string, { label: string; description: string }> = {
  agreement_287g: {
    label: 'Acuerdo 287(g) (oficina del alguacil)',
    description:
      'La oficina del alguacil tiene un acuerdo 287(g) con ICE vigente en la fecha de la etapa (modelo de cárcel, de ejecución de órdenes de arresto o de grupo de trabajo; el modelo se indica en los hechos del condado). Los acuerdos firmados después de la fecha de la etapa no cuentan. Los acuerdos de los departamentos de policía municipales se muestran como hechos, pero no determinan la categoría del alguacil.',
  },
  limits_cooperation: {
    label: 'Limita públicamente la cooperación',
    description:
      'La oficina del alguacil ha declarado una política que limita la cooperación: puso fin a un acuerdo 287(g), rechaza las solicitudes de retención de ICE que no vienen acompañadas de una orden de un juez, o dice que hace lo que exige la ley estatal y nada más. La política se mantiene en esta categoría hasta que un registro posterior la revierta, incluso después de un cambio de alguacil (la nota indica cuándo la estableció un alguacil anterior).',
  },
  no_stated_policy: {
    label: 'Sin política específica del condado registrada',
    description:
      'Las fuentes encontradas no contienen ningún acuerdo 287(g) ni ninguna política declarada de esta oficina del alguacil en la fecha de la etapa o antes. Esta es la categoría predeterminada; no significa que la oficina no tenga una política.',
  },
  honors_detainers: {
    label: 'Cumple con las solicitudes de retención (periodo voluntario)',
    description:
      'Antes del 1 de diciembre de 2024, cuando cumplir con las solicitudes de retención era voluntario: un registro específico del condado muestra que la cárcel retuvo a personas por solicitudes de retención de ICE (un acuerdo 287(g) vigente, una política declarada o cifras publicadas).',
  },
  declines_without_judicial_order: {
    label: 'Rechaza las solicitudes de retención sin orden de un juez (periodo voluntario)',
    description:
      'Antes del 1 de diciembre de 2024: la oficina del alguacil declaró que no retiene a personas solo por una solicitud de retención de ICE, sino únicamente con una orden de arresto u otra orden firmada por un juez.',
  },
  no_county_record: {
    label: 'Sin registro específico del condado (periodo voluntario)',
    description:
      'Antes del 1 de diciembre de 2024: no se encontró ningún registro específico del condado sobre cómo la cárcel manejaba las solicitudes de retención. Las declaraciones de alcance estatal (por ejemplo, que más de 90 condados cumplían con las solicitudes de retención) se muestran en las notas, pero no sirven para clasificar un condado.',
  },
  holds_required_by_law: {
    label: 'Retención exigida por la ley estatal (desde el 1 de diciembre de 2024)',
    description:
      'Desde el 1 de diciembre de 2024 (HB 10; ampliada por HB 318 el 1 de octubre de 2025), la ley estatal exige que las cárceles retengan hasta 48 horas a una persona nombrada en una solicitud de retención de ICE acompañada de una orden de arresto administrativa. La evidencia indica si un condado está documentado como cumplidor, si solo lo cubren declaraciones de alcance estatal o si se le acusa de no cumplir; las desviaciones alegadas se registran como hechos junto con quién las alega.',
  },
  DEM: {
    label: 'Demócrata',
    description: 'Alguacil elegido o nombrado como demócrata.',
  },
  REP: {
    label: 'Republicano',
    description: 'Alguacil elegido o nombrado como republicano.',
  },
  UNA: {
    label: 'No afiliado',
    description: 'Alguacil inscrito como no afiliado a ningún partido.',
  },
  unknown: {
    label: 'No se sabe',
    description: 'Ninguna fuente indica el nombre del alguacil ni su partido en esta fecha.',
  },
};
