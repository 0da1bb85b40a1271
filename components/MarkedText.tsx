import type { MarkedText as MarkedTextParts } from '@/lib/search';

/** Text with the searched words in `<mark>`, escaped like any other text. */
export function MarkedText({ parts }: { parts: MarkedTextParts }) {
  return parts.map((part, i) =>
    part.marked ? (
      <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-black">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
