"""The workspace file: records, schema and migrations, undo, backups, locks
and the settings kept beside it."""
