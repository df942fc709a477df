-- Indicator catalogue and values. An indicator says how it aggregates so that regions get honest figures:
-- counts are summed, rates are averaged with the weight of their own denominator.
CREATE TABLE indicator (
  code             text PRIMARY KEY CHECK (code ~ '^[a-z0-9_]+$'),
  name_fa          text NOT NULL,
  name_en          text NOT NULL,
  unit             text NOT NULL,
  polarity         text NOT NULL CHECK (polarity IN ('higher_better', 'higher_worse', 'neutral')),
  aggregation      text NOT NULL CHECK (aggregation IN ('sum', 'weighted_mean')),
  weight_indicator text REFERENCES indicator (code),
  formula          text NOT NULL,
  decimals         smallint NOT NULL DEFAULT 1 CHECK (decimals BETWEEN 0 AND 6),
  CHECK ((aggregation = 'weighted_mean') = (weight_indicator IS NOT NULL))
);

CREATE TABLE indicator_value (
  indicator     text NOT NULL REFERENCES indicator (code) ON DELETE CASCADE,
  period        text NOT NULL CHECK (period ~ '^[0-9]{4}(-[0-9]{2})?$'),
  admin_unit_id bigint NOT NULL REFERENCES admin_unit (id) ON DELETE CASCADE,
  value         double precision NOT NULL CHECK (value = value),
  source        text NOT NULL,
  PRIMARY KEY (indicator, period, admin_unit_id)
);
CREATE INDEX indicator_value_unit_idx ON indicator_value (admin_unit_id);
