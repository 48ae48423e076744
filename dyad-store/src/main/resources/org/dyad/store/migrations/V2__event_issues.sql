-- Topics of an event's sentence from the issue dictionary (NUCLEAR;REFUGEES), ';'-separated.
ALTER TABLE events ADD COLUMN issues TEXT DEFAULT '';
