// Run by the local launcher (neo4j/) on the system database when a password is configured:
// creates or updates the user with that password, no change required at first login.
CREATE OR REPLACE USER $user SET PASSWORD $password CHANGE NOT REQUIRED
