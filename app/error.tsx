'use client';

// Next requires the error boundary file itself to be a client module; the component lives in components/.
export { ErrorNotice as default } from '@/components/ErrorNotice.client';
