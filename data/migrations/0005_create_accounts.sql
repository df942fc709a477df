-- Accounts, sessions and login attempts. There is no default account: the first admin is made with
-- `pnpm user:create` (see README), so a fresh installation has no password anyone could guess.
CREATE TABLE app_user (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- Stored lower-case, so that «Ali» and «ali» cannot be two accounts.
  username            text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
  display_name        text CHECK (length(display_name) <= 100),
  role                text NOT NULL CHECK (role IN ('admin', 'planner', 'viewer')),
  -- Provinces (ISO 3166-2) a planner may edit; empty means every province. Ignored for other roles.
  provinces           text[] NOT NULL DEFAULT '{}'
                      CHECK (array_to_string(provinces, ',') ~ '^(IR-[0-9]{2}(,IR-[0-9]{2})*)?$'),
  -- argon2id, PHC string format (algorithm, parameters and salt travel with the hash).
  password_hash       text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  disabled            boolean NOT NULL DEFAULT false,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  password_changed_at timestamptz NOT NULL DEFAULT now()
);

-- A signed-in browser. The cookie carries a random token; only its SHA-256 is stored, so a copy of this
-- table does not let anyone sign in.
CREATE TABLE user_session (
  token_hash      text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  user_id         bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  -- Must come back in the X-CSRF-Token header of every state-changing request of this session.
  csrf_token      text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  last_seen_at    timestamptz NOT NULL DEFAULT now(),
  -- Sliding (idle) and absolute ends; the session is valid while now() is before both.
  idle_expires_at timestamptz NOT NULL,
  expires_at      timestamptz NOT NULL,
  address         text,
  user_agent      text CHECK (length(user_agent) <= 300)
);
CREATE INDEX user_session_user_idx ON user_session (user_id);
CREATE INDEX user_session_expires_idx ON user_session (expires_at);

-- Every login attempt, kept in the database so that throttling survives a restart and holds across
-- several server processes.
CREATE TABLE login_attempt (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username  text NOT NULL CHECK (length(username) <= 200),
  address   text NOT NULL CHECK (length(address) <= 100),
  succeeded boolean NOT NULL,
  at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempt_username_idx ON login_attempt (username, at);
CREATE INDEX login_attempt_address_idx ON login_attempt (address, at);
