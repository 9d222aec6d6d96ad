// Program-table administration as adapters see it (import and export CSV).

/** One refused CSV row: its line number in the file and why. */
export interface ImportError { line: number; message: string }

/** Import outcome: all rows imported, or nothing changed and every problem listed. */
export type ImportResult = { ok: true; imported: number } | { ok: false; errors: ImportError[] };

/** Admin operations on the program table; callers check permissions before calling. */
export interface ProgramAdmin {
  /** Validates every row and imports all or nothing; bytes are read as strict UTF-8. */
  importCsv(text: string | Uint8Array): ImportResult;
  /** The current program table as formula-safe CSV. */
  exportCsv(): string;
}
