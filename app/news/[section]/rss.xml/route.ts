import { feedResponse } from '@/lib/feeds/respond';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/news/[section]/rss.xml'>) {
  return feedResponse(request, 'rss', { section: (await params).section });
}
