"""Pure rules and value types. No Qt, no SQL, no I/O."""
