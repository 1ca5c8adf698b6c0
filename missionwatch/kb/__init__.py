"""The knowledge base: fixed, sourced facts that loose names in the news resolve to.

- ``kb.countries``: countries as written (names, demonyms, short forms, capitals) -> alpha-3.
- ``kb.missions``: missions, their aliases, kinds, lead and host nations, resolutions, dates.
- ``kb.council``: Security Council composition by year and resolutions with their votes.
- ``kb.people``: officials and the roles the sources give them.
- ``kb.places``: the gazetteer of subdivisions (ISO 3166-2) and towns (GeoNames) the lists lack.
- ``kb.undl``, ``kb.importer``, ``kb.build``: the UN Digital Library's Security Council voting CSV
  into the KB (``missionwatch kb import-votes``, ``python -m missionwatch.kb.build``).

Data lives in ``kb/data/*.toml`` and ships inside the package; every record names its source
(``kb.source.Source``). See docs/kb.md.
"""
