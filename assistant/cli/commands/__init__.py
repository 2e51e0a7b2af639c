"""One module per command group: draft, facts (init, check, extract), check, index (ingest,
search), chat and models. Importing a module registers its commands."""
