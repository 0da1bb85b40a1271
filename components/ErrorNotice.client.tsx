'use client';

import { useEffect } from 'react';

interface ErrorNoticeProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/** The error boundary's face: says what happened and offers a retry; the digest links it to the server log. */
export function ErrorNotice({ error, reset }: ErrorNoticeProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="space-y-3">
      <h1 className="font-serif text-3xl font-bold">Something went wrong</h1>
      <p>This page could not be shown. Please try again in a moment.</p>
      {error.digest && <p className="text-sm text-muted">Reference: {error.digest}</p>}
      <button
        type="button"
        onClick={reset}
        className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800"
      >
        Try again
      </button>
    </div>
  );
}
