"""Reserved for the photos issue; empty until it is built."""
