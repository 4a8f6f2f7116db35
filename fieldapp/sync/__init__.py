"""Reserved for the sync issue; empty until it is built."""
