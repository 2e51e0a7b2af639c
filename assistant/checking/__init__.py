"""The checker: one registry of rules (each with its name, severity, scope and fix), the
fixer that applies the fixes, and the report. May import ``core``, ``io`` and ``summary``."""
