"""Housing plugin: a moderated board of rental offers for newcomers (see apps.HousingConfig)."""
