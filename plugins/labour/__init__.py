"""Labour plugin: recognition guides, counselling services, job offers and a worker checklist."""
