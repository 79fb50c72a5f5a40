# One command to set up and run the app, one to set up and run every test.
.PHONY: app test setup

app:
	bash scripts/setup.sh
	.venv/bin/python app.py

test:
	bash scripts/setup.sh --test
	.venv/bin/python -m pytest

setup:
	bash scripts/setup.sh
