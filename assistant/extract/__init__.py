"""``facts extract``: an office's raw materials (reports, ledgers, chat logs) read into pieces,
reconciled into items with sources and conflicts, and written as a facts file. May import the
layers below ``retrieval`` (it takes a search function rather than importing it)."""
