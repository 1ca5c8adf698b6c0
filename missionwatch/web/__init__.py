"""The web layer: a FastAPI app serving the dashboard pages and the JSON API (``/api/v1``).

``web.app.create_app(db)`` builds it; ``missionwatch serve`` runs it on 127.0.0.1. Pages are
rendered on the server (Jinja2, charts as SVG), each from the same object as its JSON twin; every
error has one JSON shape. Only this package imports FastAPI. See docs/web.md.
"""
