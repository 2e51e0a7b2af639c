"""Drafting: the planner (what each section says), the template and model writers, the draft
with its own check, export to .md/.txt/.docx, the pipeline that ties them to retrieval, and
batch drafting from a table. May import every layer below ``chat``."""
