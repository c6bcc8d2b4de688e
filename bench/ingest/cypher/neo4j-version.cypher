// The server's version and edition, for the machine facts of a benchmark result.
// returns: name, versions (list), edition
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions, edition
