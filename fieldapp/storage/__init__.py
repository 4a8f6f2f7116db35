"""The only code that writes SQL."""
