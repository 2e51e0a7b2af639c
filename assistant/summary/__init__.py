"""A summary as parsed: the heading tree of a text (``tree``) and the parts and blocks the
rules read (``parts``). May import ``core`` and ``io``."""
