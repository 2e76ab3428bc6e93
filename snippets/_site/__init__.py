"""What the site build draws and tabulates: pages, not networks.

Nothing here is taught; the lesson pages call these at build time
(docs/overrides/hooks/generated.py). A learner copies from the modules
one level up.
"""
