// Test fixture: a chain of three nodes and two relationships tagged with $marker (tests/db/).
CREATE (:MedkgTestMarker {marker: $marker, position: 1})-[:MEDKG_TEST_LINK {marker: $marker}]->
       (:MedkgTestMarker {marker: $marker, position: 2})-[:MEDKG_TEST_LINK {marker: $marker}]->
       (:MedkgTestMarker {marker: $marker, position: 3})
