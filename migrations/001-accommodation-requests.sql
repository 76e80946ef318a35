-- applykit migration 001: the table of accommodation requests.
-- Applied by createPostgresRequestStore() (its `migrate` option, on by default), or by hand:
--   psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -1 -f migrations/001-accommodation-requests.sql
-- One row per request. `request` holds the checked request as the element sent it (name, email,
-- phone, job, stages, needs, details, contactMethod, consent, submittedAt); `needs` and
-- `details` are health-related personal data. Grant this table to the role the server uses and
-- to the people who arrange accommodations, never to the hiring team or to analytics.

CREATE TABLE IF NOT EXISTS applykit_accommodation_requests (
  id          uuid        PRIMARY KEY,
  received_at timestamptz NOT NULL,
  request     jsonb       NOT NULL CHECK (jsonb_typeof(request) = 'object')
);

-- Retention deletes by age: WHERE received_at < now() - <retention>.
CREATE INDEX IF NOT EXISTS applykit_accommodation_requests_received_at
  ON applykit_accommodation_requests (received_at);

COMMENT ON TABLE applykit_accommodation_requests IS
  'Interview accommodation requests (applykit). Health-related personal data: restrict access, keep no longer than the retention period.';
COMMENT ON COLUMN applykit_accommodation_requests.request IS
  'The request as checked by applykit/server: name, email, phone, job, stages, needs, details, contactMethod, consent, submittedAt.';
