"""Event extraction: who struck what, where, when, with what toll.

Works clause by clause over each sentence of an article:

* a **trigger** (``data/lexicon/events.yaml``) gives the event type ("غارات" → airstrike,
  "عبوة ناسفة" → explosion, "اشتباكات" → clash …);
* **actor** phrases (``actors.yaml``) are read with their role: the agent ("طائرات حربية روسية",
  "شنّت قوات النظام") or the target ("ضد خلايا داعش", "مواقع لتنظيم الدولة"); an airstrike's agent
  must be an air-capable actor; a clause with no actor continues the previous event's actor;
* **places** are the clause's resolved toponyms, without the qualifiers that only locate another
  place ("X بريف حمص الشرقي") and without region extents ("الممتدة من البوكمال وصولاً إلى …");
* **dates** come from ``geo_tracker.dates`` against the publication date; a clause without one
  takes the article's lead date;
* **casualties** from ``geo_tracker.numbers`` next to killed/injured words; null when not stated;
* **background**: history and context (an event weeks before publication, an earlier year, "في
  حينه", "كان قد") is flagged ``background=True``.

One event per (actor, type, place, date) and clause; ``geo_tracker.dedup`` merges repeats.

The modules, each importing only those before it: ``words`` (letters, words around a position,
proclitics), ``lexicon`` (the YAML lexicons compiled to regexes, with literal pre-tests),
``clauses`` (clause splitting and clause-level tests), ``actors`` (actor phrases and their roles),
``casualties`` (tolls), ``places`` (which toponyms are the event's places), ``dating`` (event
dates) and ``extract`` (``extract_events`` and the article-level passes, datelines).
"""
from geo_tracker.events.dating import current_year
from geo_tracker.events.extract import dateline_end, dateline_spans, extract_events
from geo_tracker.events.lexicon import load_lexicon

__all__ = ["current_year", "dateline_end", "dateline_spans", "extract_events", "load_lexicon"]
