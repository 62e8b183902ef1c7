// Name, version and edition of the server (for `medkg db status`).
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
