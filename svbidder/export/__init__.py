"""Word and plain-text export. Like core, this package never imports Qt."""
