"""The rules, one module per concern. Importing this package registers them all in
``checking.registry``, in this order (the order of the README's table and of the fixes)."""

# isort: skip_file
from assistant.checking.rules import parts  # noqa: F401
from assistant.checking.rules import numbering  # noqa: F401
from assistant.checking.rules import headings  # noqa: F401
from assistant.checking.rules import punctuation  # noqa: F401
from assistant.checking.rules import quotes  # noqa: F401
from assistant.checking.rules import conversion  # noqa: F401
from assistant.checking.rules import dates  # noqa: F401
from assistant.checking.rules import section  # noqa: F401
from assistant.checking.rules import sentences  # noqa: F401
from assistant.checking.rules import colloquial  # noqa: F401
from assistant.checking.rules import figures  # noqa: F401
from assistant.checking.rules import leaks  # noqa: F401
