/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional basemap: a MapLibre style URL our layers are drawn over. Unset, the map is fully offline. */
  readonly VITE_BASEMAP_STYLE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
