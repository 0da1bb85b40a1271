import { serveMedia } from '@/lib/media/serve';

// Pictures are files the content build made: read per request (a publish adds some without a
// build), kept by browsers and proxies for a year, never stored by Next.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: RouteContext<'/media/[file]'>) {
  const { file } = await params;
  return serveMedia(file, request);
}
