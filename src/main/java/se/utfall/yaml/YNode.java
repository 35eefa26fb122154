package se.utfall.yaml;

import java.nio.file.Path;

/** A node of a YAML file that remembers where it stands, so errors can name the line. */
public sealed interface YNode permits YMap, YList, YScalar {
    Path file();

    int line();

    /** What kind of value this is, in words for an error message. */
    String kind();
}
