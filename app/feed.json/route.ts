import { feedResponse } from '@/lib/feeds/respond';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return feedResponse(request, 'json');
}
