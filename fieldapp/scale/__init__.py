"""Reserved for the scale issue; empty until it is built."""
