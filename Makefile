# geo-tracker: two commands on a fresh machine
#   make demo   — create .venv, install, extract events from seeds/ and draw maps/seeds.html
#   make test   — the test suite (installs Debian chromium for the browser tests if missing)
VENV ?= .venv
PYTHON ?= python3
GT = $(VENV)/bin/geo-tracker

.PHONY: demo test install browser bench gazetteer clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	touch $@

demo: install
	$(GT) extract seeds/ -o maps/seeds.geojson --mentions maps/seeds.mentions.jsonl
	$(GT) --quiet extract seeds/ -o maps/seeds.gpkg
	$(GT) --quiet extract seeds/ -o maps/seeds.csv
	$(GT) clusters maps/seeds.geojson -o maps/seeds.clusters.geojson --eps-km 40 --min-events 3 --table maps/seeds.clusters.csv
	$(GT) map maps/seeds.geojson -o maps/seeds.html --by actor --period month --clusters maps/seeds.clusters.geojson
	$(GT) map maps/seeds.geojson -o maps/seeds_offline.html --by actor --offline --clusters maps/seeds.clusters.geojson
	$(GT) report maps/seeds.geojson -o maps/seeds_report.html --clusters maps/seeds.clusters.geojson
	@echo "demo: wrote maps/seeds.geojson, maps/seeds.gpkg, maps/seeds.csv, maps/seeds.html, maps/seeds_offline.html, maps/seeds_report.html"

# Debian chromium for the browser tests (root on CI; sudo elsewhere).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: install browser
	$(VENV)/bin/python -m pytest -q

bench: install
	$(VENV)/bin/python bench/run.py

gazetteer: install
	$(GT) gazetteer build && $(GT) gazetteer validate

clean:
	rm -rf $(VENV) .pytest_cache
