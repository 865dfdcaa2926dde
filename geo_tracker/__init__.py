"""geo-tracker: Arabic news about strikes in Syria → mapped, dated, attributed events.

Pipeline (one module per stage): ``ingest`` → ``text`` → ``gazetteer`` → ``geoparse`` →
``dates`` → ``events`` → ``dedup`` → ``io`` → ``maps`` / ``clusters`` / ``report``; ``cli`` is a
thin click layer over these functions with the same names.
"""
__version__ = "0.1.0"
