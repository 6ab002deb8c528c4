/** Where the process's PostgreSQL is, whichever mode runs it (injectable). */
export class DatabaseConnection {
  constructor(
    readonly url: string,
    readonly mode: 'external' | 'embedded',
  ) {}
}
