export function PageHeading({ title, intro }: { title: string; intro?: string }) {
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold leading-tight text-ink sm:text-4xl">{title}</h1>
      {intro && <p className="mt-2 text-lg text-ink-soft">{intro}</p>}
    </div>
  );
}
