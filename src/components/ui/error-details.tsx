/** The technical reason behind a message, folded away under "Details". */
export function ErrorDetails({ details }: { details: string | null | undefined }) {
  if (!details) return null;
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer underline underline-offset-4">Details</summary>
      <p className="mt-1 break-words font-mono">{details}</p>
    </details>
  );
}
