-- The public portal: one search over provinces, counties and projects, and visitors' suggestions with
-- their moderation.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The comparison form of a name or of a query, the ONE place the search normalises text (the indexes below
-- and every query use it): Arabic letters as the Persian ones (ي ى ئ → ی, ك → ک, ة ۀ → ه, أ إ آ ٱ → ا,
-- ؤ → و), Persian and Arabic-Indic digits as Latin ones, diacritics, tatweel and hamza dropped, ZWNJ,
-- directional marks and punctuation as spaces, the words «شهرستان» / «استان» (and county, province,
-- shahrestan, ostan) dropped, lower case, and then no spaces at all, so «نجف‌آباد», «نجف آباد» and
-- «نجفآباد» are one key. Tested on both engines in tests/integration/search.test.ts.
CREATE FUNCTION search_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT replace(
    regexp_replace(
      ' ' || regexp_replace(
        lower(translate(
          name,
          'يىئكةۀأإآٱؤ' || '۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩'
            || E'\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff\t\n\r'
            || '-_.,،؛;:()[]«»"''/\'
            || E'\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u0640\u0621',
          -- 11 letters, 20 digits, 13 invisible or white-space characters and 18 marks of punctuation
          -- (as spaces); the 14 diacritics after them have no counterpart, so translate() drops them.
          'یییکههااااو' || '01234567890123456789' || repeat(' ', 31)
        )),
        '\s+', ' ', 'g') || ' ',
      ' (شهرستان|استان|county|province|shahrestan|ostan)(?= )', '', 'g'),
    ' ', '')
$$;

CREATE INDEX admin_unit_search_fa_idx ON admin_unit USING gin (search_key(name_fa) gin_trgm_ops);
CREATE INDEX admin_unit_search_en_idx ON admin_unit USING gin (search_key(coalesce(name_en, '')) gin_trgm_ops);
CREATE INDEX project_search_fa_idx ON project USING gin (search_key(title_fa) gin_trgm_ops);
CREATE INDEX project_search_en_idx ON project USING gin (search_key(coalesce(title_en, '')) gin_trgm_ops);

-- A visitor's suggestion or comment on a county (of a boundary set) or a project. The county is kept by
-- set and code, not by row id: the loader may replace a unit, and a suggestion must outlive that. No
-- contact details are asked for; the name is shown only when `show_name` is set.
CREATE TABLE suggestion (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  boundary_set  text NOT NULL,
  county_code   text NOT NULL,
  province_code text NOT NULL CHECK (province_code ~ '^IR-[0-9]{2}$'),
  project_id    bigint REFERENCES project (id) ON DELETE CASCADE,
  body          text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  author_name   text CHECK (length(author_name) BETWEEN 1 AND 100),
  show_name     boolean NOT NULL DEFAULT false,
  location      geometry(Point, 4326),
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'published', 'rejected')),
  -- The planners' answer, shown with a published suggestion.
  reply         text CHECK (length(reply) BETWEEN 1 AND 2000),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX suggestion_county_idx ON suggestion (boundary_set, county_code, status);
CREATE INDEX suggestion_province_idx ON suggestion (province_code, status, created_at);
CREATE INDEX suggestion_project_idx ON suggestion (project_id) WHERE project_id IS NOT NULL;

-- Every moderation step, kept: who did what when (publish, reject with its reason, reply).
CREATE TABLE suggestion_step (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  suggestion_id bigint NOT NULL REFERENCES suggestion (id) ON DELETE CASCADE,
  action        text NOT NULL CHECK (action IN ('publish', 'reject', 'reply')),
  note          text CHECK (length(note) BETWEEN 1 AND 2000),
  actor_id      bigint NOT NULL REFERENCES app_user (id),
  at            timestamptz NOT NULL DEFAULT now(),
  CHECK (action = 'publish' OR note IS NOT NULL)
);
CREATE INDEX suggestion_step_suggestion_idx ON suggestion_step (suggestion_id, at);

-- Submissions per client address for the hourly limit. The address is kept only as a keyed hash (the key
-- below never leaves the database), and only for as long as it counts.
CREATE TABLE suggestion_attempt (
  address_hash text NOT NULL,
  at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX suggestion_attempt_idx ON suggestion_attempt (address_hash, at);

CREATE TABLE suggestion_hash_key (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  key       text NOT NULL DEFAULT (gen_random_uuid()::text || gen_random_uuid()::text)
);
INSERT INTO suggestion_hash_key DEFAULT VALUES;
