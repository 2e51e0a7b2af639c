"""The ``zongjie`` command line (Typer and rich): the app and its error handling, Chinese help,
the screen output, and one module per command group under ``commands``. The only package that
may import typer or rich."""
