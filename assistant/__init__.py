"""zongjie (總結): drafting and checking work summaries for community offices."""

__version__ = "0.1.0"
