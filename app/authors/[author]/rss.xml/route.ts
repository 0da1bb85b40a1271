import { paramValue } from '@/lib/content';
import { feedResponse } from '@/lib/feeds/respond';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/authors/[author]/rss.xml'>) {
  return feedResponse(request, 'rss', { author: paramValue((await params).author) });
}
