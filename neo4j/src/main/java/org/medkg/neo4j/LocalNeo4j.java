// medkg's local Neo4j: runs the Neo4j 5.26 Community DBMS embedded in this JVM and serves it over Bolt
// on a loopback address only, until the process gets SIGTERM/SIGINT (then it shuts the DBMS down cleanly).
//
// Usage: java -jar neo4j/target/medkg-neo4j.jar --home DIR [--bolt-port 7687] [--page-cache-mb 768]
//                                                  [--set-password-cypher FILE]
// Environment: MEDKG_NEO4J_PASSWORD set and non-empty -> authentication on, user MEDKG_NEO4J_USER (default
// neo4j) gets that password before Bolt opens (a first pass with Bolt closed runs the statement in FILE,
// with $user and $password as parameters); unset or empty -> authentication off (Bolt is loopback-only).
package org.medkg.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class LocalNeo4j {
    private static final String LOOPBACK = "127.0.0.1";

    private LocalNeo4j() {}

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = parseArgs(argv);
        Path home = Path.of(require(args, "--home")).toAbsolutePath();
        int boltPort = Integer.parseInt(args.getOrDefault("--bolt-port", "7687"));
        long pageCacheMb = Long.parseLong(args.getOrDefault("--page-cache-mb", "768"));
        String password = System.getenv().getOrDefault("MEDKG_NEO4J_PASSWORD", "");
        String user = System.getenv().getOrDefault("MEDKG_NEO4J_USER", "neo4j");
        boolean authEnabled = !password.isEmpty();

        Files.createDirectories(home);
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService dbms = running.getAndSet(null);
            if (dbms != null) {
                log("shutting down");
                dbms.shutdown();
            }
            log("stopped");
            stopped.countDown();
        }, "medkg-neo4j-shutdown"));

        if (authEnabled) {
            // set the password while Bolt is still closed: no client ever meets the default neo4j/neo4j user,
            // and early connection attempts cannot trip the failed-login rate limit
            log("setting the password for user " + user + " (Bolt closed)");
            running.set(builder(home, pageCacheMb, true).setConfig(BoltConnector.enabled, false).build());
            setPassword(running.get(), Path.of(require(args, "--set-password-cypher")), user, password);
            running.getAndSet(null).shutdown();
        }
        log("starting Neo4j 5 Community in " + home + " (auth " + (authEnabled ? "on" : "off") + ")");
        running.set(builder(home, pageCacheMb, authEnabled)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, boltPort))
                .build());
        log("ready on bolt://" + LOOPBACK + ":" + boltPort);
        stopped.await();
    }

    private static DatabaseManagementServiceBuilder builder(Path home, long pageCacheMb, boolean authEnabled) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, authEnabled)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                // bound the transaction logs kept for recovery, so repeated bulk loads do not fill the disk
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "256M size");
    }

    /** Gives `user` the password, through the system database (idempotent: runs at every start). */
    private static void setPassword(DatabaseManagementService dbms, Path cypherFile, String user, String password)
            throws IOException {
        String statement = Files.readString(cypherFile, StandardCharsets.UTF_8).trim();
        Map<String, Object> params = Map.of("user", user, "password", password);
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(statement, params);
    }

    private static Map<String, String> parseArgs(String[] argv) {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) args.put(argv[i], argv[i + 1]);
        if (argv.length % 2 != 0) fail("odd number of arguments: expected --name value pairs");
        return args;
    }

    private static String require(Map<String, String> args, String name) {
        String value = args.get(name);
        if (value == null || value.isEmpty()) fail("missing " + name);
        return value;
    }

    private static void fail(String message) {
        System.err.println("medkg-neo4j: " + message);
        System.exit(2);
    }

    private static void log(String message) {
        System.out.println("medkg-neo4j: " + message);
        System.out.flush();
    }
}
