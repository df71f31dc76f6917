"""Events plugin: local events in every language, with recurrence, calendars, feeds and iCal import."""
