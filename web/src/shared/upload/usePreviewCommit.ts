import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';

/** What a preview answers: enough to decide whether the file may be saved. */
interface PreviewReport {
  problemCount: number;
  valid: number;
}

interface PreviewCommitOptions<R extends PreviewReport, P extends R, C> {
  /** A preview may answer more than a refused commit's report (e.g. sample rows). */
  preview: (file: File) => Promise<P>;
  commit: (file: File) => Promise<C>;
  onCommitted?: (saved: C) => void | Promise<void>;
  /** A commit refused with 422 carries a fresh report (the data may have changed since the preview). */
  reportOfError: (error: unknown) => R | null;
  /** A file refused before any request (e.g. larger than the server takes). */
  refused?: (file: File) => boolean;
}

/**
 * The upload flow both the project import and the planners' values upload follow: choose a file, preview
 * it (every problem by row and column), and save it only once the preview is clean. The server writes all
 * of a file or nothing, so the commit waits for a preview without problems.
 */
export function usePreviewCommit<R extends PreviewReport, P extends R, C>(
  options: PreviewCommitOptions<R, P, C>,
) {
  const [file, setFile] = useState<File | null>(null);
  const preview = useMutation({ mutationFn: options.preview });
  const commit = useMutation({ mutationFn: options.commit, onSuccess: options.onCommitted });
  const refused = file !== null && (options.refused?.(file) ?? false);
  const busy = preview.isPending || commit.isPending;
  const report: R | null = options.reportOfError(commit.error) ?? preview.data ?? null;
  const committed = commit.data;
  const canCommit =
    preview.data !== undefined &&
    report !== null &&
    report.problemCount === 0 &&
    report.valid > 0 &&
    !busy &&
    committed === undefined;
  // A new file makes the old report meaningless; reset() also drops the answer of a request in flight.
  const choose = (next: File | null) => {
    preview.reset();
    commit.reset();
    setFile(next);
  };
  const submitPreview = (event: FormEvent) => {
    event.preventDefault();
    if (file && !refused && !busy) {
      commit.reset();
      preview.mutate(file);
    }
  };
  const saveFile = () => {
    if (canCommit && preview.variables) commit.mutate(preview.variables);
  };
  return {
    file,
    choose,
    refused,
    busy,
    report,
    committed,
    canCommit,
    previewing: preview.isPending,
    committing: commit.isPending,
    error: commit.error ?? preview.error,
    /** The report is a preview's, not a refused commit's (which has no sample rows). */
    previewReport: commit.error ? undefined : preview.data,
    submitPreview,
    saveFile,
  };
}

export type PreviewCommitFlow = ReturnType<typeof usePreviewCommit<PreviewReport, PreviewReport, unknown>>;
