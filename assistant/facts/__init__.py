"""The user's facts: the facts file (model and formats), the vocabulary of work categories,
and items as the drafting reads them. May import ``core``, ``io`` and ``summary``."""
