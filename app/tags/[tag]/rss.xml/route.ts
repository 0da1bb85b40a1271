import { paramValue } from '@/lib/content';
import { feedResponse } from '@/lib/feeds/respond';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/tags/[tag]/rss.xml'>) {
  return feedResponse(request, 'rss', { tag: paramValue((await params).tag) });
}
