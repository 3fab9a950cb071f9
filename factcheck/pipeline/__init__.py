"""Articles in, extractions out, outside the store: reading sources (``sources``), running
the extractor over many articles in a pool (``batch``), turning an extraction into the
rows the store keeps and the features matching compares (``prepare``), and writing an
extraction out (``output``). Imports the extractor, matching, the models and the store's
row types; never the app, the TUI or the CLI.
"""
