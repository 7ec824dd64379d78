package nl.wmokader.examples.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The embedded database's files hold personal data: its directory and files are the service
 * user's alone (directory {@code rwx------}, files {@code rw-------}), whatever the umask, before H2
 * opens them. Only for an H2 file URL on a POSIX file system; anything else is left as it is.
 */
final class DataFiles {
  private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private DataFiles() {}

  /** Creates the directory of {@code jdbcUrl}'s H2 files owner-only and narrows the files already in it. */
  static void secure(String jdbcUrl) {
    Path directory = directoryOf(jdbcUrl);
    if (directory == null || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    try {
      Files.createDirectories(directory);
      Files.setPosixFilePermissions(directory, DIRECTORY);
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          if (Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(file, FILE);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the database directory " + directory + " the service's own", e);
    }
  }

  /** The directory of an H2 file database ({@code jdbc:h2:file:./data/wmo-kader;…}), or null for any other URL. */
  static Path directoryOf(String jdbcUrl) {
    String prefix = "jdbc:h2:file:";
    if (!jdbcUrl.startsWith(prefix)) {
      return null;
    }
    String path = jdbcUrl.substring(prefix.length()).split(";", 2)[0];
    Path parent = Path.of(path.startsWith("~") ? System.getProperty("user.home") + path.substring(1) : path)
        .toAbsolutePath().getParent();
    return parent;
  }
}
