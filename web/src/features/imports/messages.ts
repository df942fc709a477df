/** Strings of the project import (upload, preview, commit). */
export interface ImportMessages {
  open: string;
}

export const importsFa: ImportMessages = {
  open: 'ورود از پرونده',
};

export const importsEn: ImportMessages = {
  open: 'Import from file',
};
