export { freePort } from '../../scripts/local-servers';
