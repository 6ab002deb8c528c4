/**
 * A person by name, with their id one click away (the FG checks who exactly it was); an actor
 * without a known name (a system client) shows its id.
 */
export function Persoon({ naam, id }: { naam: string | null | undefined; id: string }) {
  if (!naam) return <span className="schakel-id">{id}</span>;
  return (
    <details className="schakel-persoon">
      <summary>{naam}</summary>
      <span className="schakel-id">Gebruikers-id: {id}</span>
    </details>
  );
}
