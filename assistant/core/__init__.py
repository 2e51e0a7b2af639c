"""The ground floor: errors and exit codes, settings and paths, safe file handling, text and
script (Simplified/Traditional) helpers, figures, periods, the names of a summary's parts, and the
prompt/phrase bank loader. Imports nothing else from the package."""
