export function SkipLink() {
  return (
    <a
      href="#main-content"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-page focus:px-4 focus:py-2 focus:text-link focus:shadow"
    >
      Skip to main content
    </a>
  );
}
