import { escapeMarkup } from '../markup';
import { appIconUrl } from '../seo/icons';
import { absoluteUrl } from '../seo/urls';
import { site } from '../site';
import { OPENSEARCH_PATH, SEARCH_API_PATH, SEARCH_PATH } from './paths';

/** OpenSearch allows 16 characters for the name a browser lists the search under. */
export const OPENSEARCH_SHORT_NAME = 'Shandong News';

/** The OpenSearch 1.1 description browsers add the site's search from. */
export function openSearchDescription(): string {
  const template = (path: string) => escapeMarkup(`${absoluteUrl(path)}?q={searchTerms}`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeMarkup(OPENSEARCH_SHORT_NAME)}</ShortName>
  <Description>${escapeMarkup(`Search the stories of ${site.name}`)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${site.language}</Language>
  <Image width="32" height="32" type="image/png">${escapeMarkup(absoluteUrl(appIconUrl(32)))}</Image>
  <Url type="text/html" method="get" template="${template(SEARCH_PATH)}"/>
  <Url type="application/json" method="get" template="${template(SEARCH_API_PATH)}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeMarkup(absoluteUrl(OPENSEARCH_PATH))}"/>
</OpenSearchDescription>
`;
}
