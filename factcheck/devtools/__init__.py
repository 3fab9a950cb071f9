"""Tools for developers measuring the extractor: ``evaluation`` scores extractions against
articles annotated with inline tags. Not used by the CLI or the TUI."""
