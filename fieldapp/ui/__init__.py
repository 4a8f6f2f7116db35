"""Everything Qt: windows, pages, models, dialogs. Talks to services/, never to storage/."""
