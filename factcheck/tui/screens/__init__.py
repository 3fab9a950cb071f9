"""Screens: each calls the core library and hands data to its widgets."""
