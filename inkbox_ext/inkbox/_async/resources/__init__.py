"""One module per resource family; each is imported when its client attribute is first used."""
