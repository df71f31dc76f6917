"""The plugin framework: discovery, metadata, the per-municipality gate and template slots.

The gate is `integreat_wagtail.plugins.gate.is_enabled(municipality, key)`; every surface that
shows plugin content asks it. This package imports nothing at load time: settings import
`discovery` before Django is set up.
"""
