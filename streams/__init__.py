"""newsstream: live news in, cleaned text, entities and attributed claims out."""

__version__ = "0.1.0"
