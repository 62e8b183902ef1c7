// Test fixture: removes the nodes (and their relationships) tagged with $marker.
MATCH (n:MedkgTestMarker {marker: $marker}) DETACH DELETE n
