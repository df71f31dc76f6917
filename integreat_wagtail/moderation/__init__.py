"""Moderation of public submissions (housing offers, job offers): see models.py for the contract."""
