/** Ids of cards, shared by the page that renders them and the script that opens them. */
export const cardId = (kind: string, entity: string, capital?: string) =>
  `card-${kind}-${entity}${capital ? `-${capital}` : ''}`.replace(/[^A-Za-z0-9_-]+/gu, '-');
