package se.utfall.report.document;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import se.utfall.problem.BadInput;

/**
 * The folder a report is written to. File names come from a contract's id, which is hostile input:
 * they are reduced to letters, digits, '.', '_' and '-', never start with a dot, and every path is
 * checked to lie directly in the folder. Each file is written to a temporary file beside it and
 * moved into place, so a failed run leaves no half-written page.
 */
public final class ReportFiles {
    private final Path folder;

    private ReportFiles(Path folder) {
        this.folder = folder;
    }

    public static ReportFiles in(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        if (Files.exists(f, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(f)) {
            throw BadInput.of(folder, 0, "--out must be a folder; " + folder + " is a file. Name a folder (it is"
                    + " created if missing).");
        }
        try {
            Files.createDirectories(f);
        } catch (FileAlreadyExistsException e) {
            throw BadInput.of(folder, 0, "--out must be a folder; " + folder + " is not one.");
        } catch (IOException e) {
            throw BadInput.of(folder, 0, "cannot create the --out folder: " + e.getMessage() + ".");
        }
        return new ReportFiles(f);
    }

    /** A file name made from a contract id: safe characters only, at most 80 of them, never empty or hidden. */
    public static String safeName(String id) {
        StringBuilder b = new StringBuilder();
        id.codePoints().forEach(c -> b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'
                || c == '.') ? (char) c : '_'));
        String name = b.toString().replaceAll("\\.{2,}", "_");
        while (name.startsWith(".")) {
            name = "_" + name.substring(1);
        }
        if (name.isEmpty()) {
            name = "contract";
        }
        return name.length() > 80 ? name.substring(0, 80) : name;
    }

    /** Writes {@code bytes} as {@code name} in the folder; returns the path as given on the command line. */
    public Path write(String name, byte[] bytes) {
        Path target = folder.resolve(name).normalize();
        if (!target.getParent().equals(folder) || !name.equals(target.getFileName().toString())) {
            throw new IllegalStateException("report file " + name + " would lie outside " + folder);
        }
        try {
            Path temp = Files.createTempFile(folder, ".utfall-report-", ".part");
            try {
                Files.write(temp, bytes);
                try {
                    // A page for a committee is read by others: not the temporary file's owner-only mode.
                    Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the folder's own permissions apply.
                }
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw BadInput.of(target, 0, "cannot write the report: " + e.getMessage() + ".");
        }
        return shown(target);
    }

    /** A path relative to the working folder when it lies under it (so the output is the same on any machine). */
    private static Path shown(Path p) {
        Path here = Path.of("").toAbsolutePath().normalize();
        return p.startsWith(here) ? here.relativize(p) : p;
    }
}
