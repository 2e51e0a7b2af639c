from assistant.cli.main import run

run()
