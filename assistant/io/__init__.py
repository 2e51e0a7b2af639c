"""Reading files: one reader per kind (plain text and Markdown, Word .docx, spreadsheets
.xlsx/.csv) with their size and format guards, and Word's automatic numbering. May import ``core``."""
