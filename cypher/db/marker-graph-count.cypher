// Test fixture: how many nodes and relationships carry $marker.
MATCH (n:MedkgTestMarker {marker: $marker})
OPTIONAL MATCH (n)-[r:MEDKG_TEST_LINK {marker: $marker}]->()
RETURN count(DISTINCT n) AS nodes, count(r) AS relationships
