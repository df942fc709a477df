-- Read-only API tokens for desktop GIS (QGIS, GDAL), which cannot keep a session cookie or send a CSRF
-- token: an admin creates one for a role, the secret is shown once and only its SHA-256 is kept here.
CREATE TABLE api_token (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  token_hash   text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  -- The first characters of the secret, so that a list tells tokens apart without revealing them.
  prefix       text NOT NULL CHECK (length(prefix) <= 12),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  -- A token reads as this role and never writes; admin is not offered.
  role         text NOT NULL CHECK (role IN ('viewer', 'planner')),
  created_by   bigint REFERENCES app_user (id) ON DELETE SET NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz,
  last_used_at timestamptz,
  revoked_at   timestamptz
);

-- Creating and revoking tokens is audited like account changes.
ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check CHECK (action IN (
  'login.succeeded', 'login.failed', 'login.throttled', 'password.changed',
  'account.created', 'account.updated', 'account.password_set', 'account.unlocked',
  'token.created', 'token.revoked'));
