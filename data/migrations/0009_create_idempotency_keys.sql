-- Idempotent creates and imports: the first answer to a request sent with an Idempotency-Key header, so
-- that a repeat (a double click, a retry after a lost answer) gets that answer again instead of doing
-- the work twice. Numbered 0008 so that the operations work's 0007 can precede it in either merge order.
CREATE TABLE idempotency_key (
  user_id      bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  key          text NOT NULL CHECK (key ~ '^[A-Za-z0-9_.:-]{8,128}$'),
  -- What the key was first used for (method, path and a SHA-256 of the body): the same key sent with
  -- another request is refused rather than answered with an unrelated result.
  fingerprint  text NOT NULL CHECK (length(fingerprint) <= 400),
  -- NULL while the first request is still being answered.
  status       int CHECK (status BETWEEN 100 AND 499),
  content_type text CHECK (length(content_type) <= 200),
  location     text CHECK (length(location) <= 200),
  body         text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_key_expires_idx ON idempotency_key (expires_at);
