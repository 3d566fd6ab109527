-- The OSCAL document behind each import: a catalog as it was received (a profile importing it by
-- urn:uuid reads its params and parts from here), a profile's resolved catalog. NULL for imports made
-- before this column (a profile then reads such a catalog through the catalog export).
ALTER TABLE oscal_imports ADD COLUMN document TEXT;
