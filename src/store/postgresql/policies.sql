-- Which rows each member may read and write (see schema.sql). Dropped and made again on
-- every `db init`, so a re-run brings an older schema's policies up to date.

ALTER TABLE {schema}.participants ENABLE ROW LEVEL SECURITY;
ALTER TABLE {schema}.participants FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS everyone_reads ON {schema}.participants;
CREATE POLICY everyone_reads ON {schema}.participants FOR SELECT USING (true);
DROP POLICY IF EXISTS as_themselves ON {schema}.participants;
CREATE POLICY as_themselves ON {schema}.participants FOR INSERT
    WITH CHECK (name = {schema}.me() AND role = {schema}.my_role());

-- Notes: private ones are read by their author alone; a note is written and changed only by
-- its author, and only the chair's notes may be decisions.
ALTER TABLE {schema}.notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE {schema}.notes FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS read_unless_private ON {schema}.notes;
CREATE POLICY read_unless_private ON {schema}.notes FOR SELECT
    USING (kind <> 'private' OR author = {schema}.me());
DROP POLICY IF EXISTS as_themselves ON {schema}.notes;
CREATE POLICY as_themselves ON {schema}.notes FOR INSERT
    WITH CHECK (author = {schema}.me() AND last_changed_by = author
                AND (kind <> 'decision' OR {schema}.my_role() = 'chair'));
DROP POLICY IF EXISTS their_own ON {schema}.notes;
CREATE POLICY their_own ON {schema}.notes FOR UPDATE
    USING (author = {schema}.me())
    WITH CHECK (author = {schema}.me() AND last_changed_by = author
                AND (kind <> 'decision' OR {schema}.my_role() = 'chair'));

-- A note's history is read by whoever may read the note.
ALTER TABLE {schema}.note_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE {schema}.note_history FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS as_the_note ON {schema}.note_history;
CREATE POLICY as_the_note ON {schema}.note_history FOR SELECT
    USING (EXISTS (SELECT 1 FROM {schema}.notes n WHERE n.id = note_id));
DROP POLICY IF EXISTS as_themselves ON {schema}.note_history;
CREATE POLICY as_themselves ON {schema}.note_history FOR INSERT
    WITH CHECK (changed_by = {schema}.me()
                AND EXISTS (SELECT 1 FROM {schema}.notes n WHERE n.id = note_id AND n.author = changed_by));

-- Everything else is read by everyone at the meeting and written under the writer's own
-- name; which roles may write each table at all is the GRANTs' business (init.rs).
DO $$
DECLARE
    entry RECORD;
BEGIN
    FOR entry IN SELECT * FROM (VALUES
        ('ratings', 'agreed_by'), ('rating_history', 'agreed_by'),
        ('actions_arising', 'created_by'), ('attendance', 'set_by'), ('guests', 'added_by'),
        ('declarations', 'recorded_by'), ('score_proposals', 'author'),
        ('agreed_scores', 'agreed_by'), ('agreed_score_history', 'agreed_by'),
        ('agenda_clock', 'set_by'), ('log_decisions', 'set_by'), ('minutes_approval', 'set_by')
    ) AS t (name, writer)
    LOOP
        EXECUTE format('ALTER TABLE %s.%I ENABLE ROW LEVEL SECURITY', '{schema}', entry.name);
        EXECUTE format('ALTER TABLE %s.%I FORCE ROW LEVEL SECURITY', '{schema}', entry.name);
        EXECUTE format('DROP POLICY IF EXISTS everyone_reads ON %s.%I', '{schema}', entry.name);
        EXECUTE format('CREATE POLICY everyone_reads ON %s.%I FOR SELECT USING (true)', '{schema}', entry.name);
        EXECUTE format('DROP POLICY IF EXISTS as_themselves ON %s.%I', '{schema}', entry.name);
        EXECUTE format('CREATE POLICY as_themselves ON %s.%I FOR INSERT WITH CHECK (%I = %s.me())',
                       '{schema}', entry.name, entry.writer, '{schema}');
        EXECUTE format('DROP POLICY IF EXISTS as_themselves_again ON %s.%I', '{schema}', entry.name);
        EXECUTE format('CREATE POLICY as_themselves_again ON %s.%I FOR UPDATE USING (true) WITH CHECK (%I = %s.me())',
                       '{schema}', entry.name, entry.writer, '{schema}');
    END LOOP;
END $$;
