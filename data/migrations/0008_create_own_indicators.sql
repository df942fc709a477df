-- The planners' own indicators beside the census ones: who made an indicator and what it is (census
-- indicators are read-only; a user indicator belongs to one boundary set and to its author), and the
-- values a re-upload of a period replaced, with who replaced them and when.
ALTER TABLE indicator
  ADD COLUMN kind         text NOT NULL DEFAULT 'census' CHECK (kind IN ('census', 'user')),
  ADD COLUMN created_by   bigint REFERENCES app_user (id) ON DELETE SET NULL,
  ADD COLUMN created_at   timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN updated_at   timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN description  text CHECK (length(description) <= 5000),
  ADD COLUMN source       text CHECK (length(source) <= 500),
  ADD COLUMN licence      text CHECK (length(licence) <= 300),
  ADD COLUMN boundary_set text REFERENCES boundary_set (code) ON DELETE CASCADE,
  ADD CONSTRAINT indicator_user_has_set CHECK (kind = 'census' OR boundary_set IS NOT NULL);

CREATE TABLE indicator_value_history (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  indicator     text NOT NULL REFERENCES indicator (code) ON DELETE CASCADE,
  period        text NOT NULL,
  admin_unit_id bigint NOT NULL REFERENCES admin_unit (id) ON DELETE CASCADE,
  value         double precision NOT NULL,
  source        text NOT NULL,
  replaced_by   bigint REFERENCES app_user (id) ON DELETE SET NULL,
  replaced_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX indicator_value_history_idx ON indicator_value_history (indicator, period);
