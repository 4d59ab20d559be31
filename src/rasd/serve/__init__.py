"""The REST API and web map (`rasd serve`)."""
