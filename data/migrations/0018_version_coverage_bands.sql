-- A province's band (migration 0011) decides where its counties stand in the public coverage that the
-- county answers carry, so a change of band must change their data version (migration 0016) like a change
-- of projects does: otherwise a cached county answer would keep the old position.
CREATE TRIGGER coverage_band_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON coverage_band
  FOR EACH STATEMENT EXECUTE FUNCTION note_data_change('projects');
