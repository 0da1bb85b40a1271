import type { TimeView } from '@/lib/content';

/** "Date: 2018-06-08 14:17", with the offset-carrying instant for machines. */
export function DateLine({ label = 'Date', time }: { label?: string; time: TimeView }) {
  return (
    <p>
      {`${label}: `}
      <time dateTime={time.iso}>{time.line}</time>
    </p>
  );
}
