package se.utfall.ledger;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * Who made a run, from where, with which Utfall and which command line: what an auditor asks
 * first. The time is the run's own recorded_at (UTC). Sealed with the run (see {@link RowHashes}).
 */
public record RunBy(String operator, String host, String version, String command) {
    public static final String OPERATOR_ENVIRONMENT = "UTFALL_OPERATOR";

    /**
     * @param operator the --operator given, or null: then $UTFALL_OPERATOR, else the OS user
     * @param args     the command line after "utfall"; a password in a ledger URL is not kept
     */
    public static RunBy of(String operator, List<String> args, Map<String, String> environment) {
        String who = operator;
        if (who == null || who.isBlank()) {
            who = environment.get(OPERATOR_ENVIRONMENT);
        }
        if (who == null || who.isBlank()) {
            who = System.getProperty("user.name", "");
        }
        StringBuilder command = new StringBuilder("utfall");
        for (String a : args) {
            String shown = a.replaceAll("(?i)(password=)[^&]*", "$1***");
            command.append(' ').append(shown.isEmpty() || shown.matches(".*[\\s'\"\\\\$].*")
                    ? "'" + shown.replace("'", "'\\''") + "'" : shown);
        }
        return new RunBy(who.isBlank() ? "unknown" : who.strip(), host(environment), EngineVersion.UTFALL,
                command.toString());
    }

    /** For runs made through the API rather than the command line: the OS user and this host. */
    public static RunBy here() {
        RunBy cli = of(null, List.of(), System.getenv());
        return new RunBy(cli.operator(), cli.host(), cli.version(), "(called from Java, not the command line)");
    }

    private static String host(Map<String, String> environment) {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            if (name != null && !name.isBlank()) {
                return name;
            }
        } catch (java.io.IOException | SecurityException e) {
            // No name resolution (a container without /etc/hosts): fall back to what the shell says.
        }
        String name = environment.get("HOSTNAME");
        return name == null || name.isBlank() ? "unknown" : name;
    }

    /** One line for a listing: "operator@host, utfall 0.1.0". */
    public String shown() {
        return operator + "@" + host + ", utfall " + version;
    }
}
