import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/SocialCard';
import { getArticle } from '@/lib/content';
import { errorResponse } from '@/lib/http/responses';
import { cardText } from '@/lib/seo/card-text';
import { OG_IMAGE_SIZE } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

export const revalidate = 60;

// None are drawn at build: a card is rendered on its first request and then cached like a page.
export function generateStaticParams(): { section: string; slug: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/og/[section]/[slug]'>) {
  const { section, slug } = await params;
  const article = await getArticle(section, slug);
  if (!article) return errorResponse(404, 'no published article at this path');
  return new ImageResponse(
    <SocialCard
      brand={site.name}
      section={cardText(article.section.name)}
      headline={cardText(article.title)}
    />,
    OG_IMAGE_SIZE,
  );
}
