export * from './queries';
export { paramValue, parsePageNumber } from './params';
export { SLUG_PATTERN } from './validate';
export { formatDateLine, toZonedIso } from './time';
export * from './urls';
export type * from './views';
export { tagSlug } from './tags';
