import { absoluteUrl } from './urls';

export interface ShareLink {
  name: string;
  href: string;
}

/**
 * Plain links to share a story: no third-party script loads, and each service is reached only
 * when the reader follows its link. The copy-link and Web Share buttons are ShareButton's.
 */
export function shareLinks(path: string, title: string): ShareLink[] {
  const url = absoluteUrl(path);
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
  return [
    {
      name: 'Email',
      href: `mailto:?${q({ subject: title, body: `${title}\n${url}` }).replaceAll('+', '%20')}`,
    },
    { name: 'X', href: `https://x.com/intent/post?${q({ text: title, url })}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?${q({ u: url })}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?${q({ url })}` },
    { name: 'WhatsApp', href: `https://wa.me/?${q({ text: `${title} ${url}` })}` },
    { name: 'Weibo', href: `https://service.weibo.com/share/share.php?${q({ url, title })}` },
  ];
}
