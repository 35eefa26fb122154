package se.utfall.library;

import java.util.Comparator;

/** Family versions are three numbers, major.minor.patch, compared as numbers (1.10.0 after 1.9.0). */
public final class Versions {
    public static final Comparator<String> ORDER = Comparator.comparing(Versions::key);

    private Versions() {
    }

    private static String key(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            key.append(String.format("%09d", Integer.parseInt(part)));
        }
        return key.toString();
    }
}
