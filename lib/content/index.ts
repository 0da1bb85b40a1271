export * from './queries';
export { parsePageNumber } from './params';
export { formatDateLine, toZonedIso } from './time';
export * from './urls';
export type * from './views';
