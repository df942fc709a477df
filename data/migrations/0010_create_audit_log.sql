-- Who signed in, who failed to, and what admins did to accounts: for admins to read (GET /api/audit).
-- Never a password, a token or a hash.
CREATE TABLE audit_event (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at              timestamptz NOT NULL DEFAULT now(),
  action          text NOT NULL CHECK (action IN (
                    'login.succeeded', 'login.failed', 'login.throttled', 'password.changed',
                    'account.created', 'account.updated', 'account.password_set', 'account.unlocked')),
  -- Who acted: null for a sign-in attempt (the username is the target) and for the command line.
  actor_id        bigint REFERENCES app_user (id) ON DELETE SET NULL,
  -- The account acted on, or the username a sign-in was tried with (which may not exist).
  target_username text CHECK (length(target_username) <= 200),
  address         text CHECK (length(address) <= 100),
  -- 'api' or 'cli'.
  via             text NOT NULL DEFAULT 'api' CHECK (via IN ('api', 'cli')),
  -- The fields an update changed (names only, never values of secrets).
  detail          jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_event_at_idx ON audit_event (at DESC);
