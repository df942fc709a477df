import { type Ref, useId } from 'react';

interface FileChooserProps {
  words: { file: string; chooseFile: string; noFile: string };
  accept: string;
  testId: string;
  file: File | null;
  disabled: boolean;
  onChoose: (file: File | null) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** A file field whose button and file name are in the page's language. */
export function FileChooser({ words, accept, testId, file, disabled, onChoose, inputRef }: FileChooserProps) {
  const id = useId();
  return (
    <div className="field">
      <span className="field-label">{words.file}</span>
      <div className="import-file">
        {/* The native input stays in the page (keyboard, tests) but its browser-language text is hidden. */}
        <input
          id={id}
          ref={inputRef}
          type="file"
          className="import-file-input"
          accept={accept}
          data-testid={testId}
          disabled={disabled}
          onChange={(e) => onChoose(e.target.files?.[0] ?? null)}
        />
        <label htmlFor={id} className="button">
          {words.chooseFile}
        </label>
        <bdi className={file ? 'import-file-name' : 'import-file-name muted'}>
          {file ? file.name : words.noFile}
        </bdi>
      </div>
    </div>
  );
}
