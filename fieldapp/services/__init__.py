"""Use cases that screens and the command line call. They own transactions."""
