"""Reserved for the server issue; empty until it is built."""
