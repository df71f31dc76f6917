"""integreat-wagtail: a plugin-based Wagtail distribution for municipal newcomer information."""
