/** English UI text. Keys are the contract; es.ts must provide the same keys. */
export const en = {
  'app.title': 'North Carolina sheriffs and ICE',
  'app.subtitle':
    'How each county sheriff handles cooperation with U.S. Immigration and Customs Enforcement, step by step since 2018.',
  'map.label': 'Map of North Carolina’s 100 counties',
  'map.county': '{name} County',
  'map.loading': 'Loading the map…',
  'map.error': 'The map could not be drawn. The table below has the same data.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
