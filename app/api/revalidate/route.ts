import { methodNotAllowed } from '@/lib/http/responses';
import { answerRevalidate } from '@/lib/http/revalidate';

export const dynamic = 'force-dynamic';

export const POST = answerRevalidate;

export const GET = methodNotAllowed('POST');
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
