package nl.wmokader.examples.service;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wmokader.adapters.jdbc.JdbcAdapters;
import nl.wmokader.adapters.jdbc.WmoKaderSchema;
import nl.wmokader.adapters.rest.WmoKaderRoutes;
import nl.wmokader.adapters.rest.iwmo.InMemoryIwmoMessageLog;
import nl.wmokader.adapters.rest.iwmo.IwmoFolder;
import nl.wmokader.core.WmoKader;

/**
 * {@code java -jar wmo-kader-examples.jar import <folder>}: imports a folder of iWmo messages the way
 * they arrive from the hubs, into the service's database (the same {@code WMO_DB_URL}), and writes
 * each answer beside its message ({@link IwmoFolder}). One line per message on standard output
 * (file, message type, what became of it; never a value of the message). Exit status 0 when every
 * message was answered or noted, 1 when one was not (its {@code .error.txt} says why), 2 on a bad
 * configuration or folder. On H2 the service must be stopped first (the database file is the
 * service's alone); on PostgreSQL both may run.
 */
final class ImportCommand {
  static final String USAGE = "usage: import <folder of iWmo messages>";

  private ImportCommand() {}

  /** Runs the import; the exit status. */
  static int run(String[] args, Map<String, String> environment, Clock clock, PrintStream out, PrintStream err) {
    if (args.length != 1) {
      err.println(USAGE);
      return ExampleService.EXIT_CONFIGURATION;
    }
    Path folder = Path.of(args[0]);
    if (!Files.isDirectory(folder)) {
      err.println("not a folder: " + folder + "\n" + USAGE);
      return ExampleService.EXIT_CONFIGURATION;
    }
    ServiceConfig config;
    try {
      config = ServiceConfig.fromEnvironment(environment);
    } catch (ServiceConfig.InvalidConfiguration e) {
      err.println("Invalid configuration: " + e.getMessage());
      return ExampleService.EXIT_CONFIGURATION;
    }
    DataFiles.secure(config.dbUrl());
    try (HikariDataSource dataSource = new HikariDataSource(ExampleService.poolConfig(config))) {
      WmoKaderSchema.migrate(dataSource);
      WmoKader wmo = JdbcAdapters.over(dataSource).builder().clock(clock).ids(UUID::randomUUID).build();
      // answers of this run are identified F<start second>1, …: apart from the service's (A…)
      IwmoFolder hub = new IwmoFolder(WmoKaderRoutes.iwmoReceivers(wmo, new InMemoryIwmoMessageLog(
          InMemoryIwmoMessageLog.DEFAULT_MAX_BYTES, InMemoryIwmoMessageLog.prefixAt('F', clock.instant()))),
          wmo.knownActors());
      List<IwmoFolder.Outcome> outcomes = hub.importFolder(folder);
      boolean all = true;
      for (IwmoFolder.Outcome o : outcomes) {
        out.println(o.file().getFileName() + "\t" + o.message() + "\t" + o.status().name().toLowerCase(java.util.Locale.ROOT)
            + "\t" + o.detail());
        all &= o.status() != IwmoFolder.Status.NOT_ANSWERED;
      }
      out.println(outcomes.size() + " message(s) imported from " + folder);
      return all ? 0 : 1;
    } catch (IOException e) {
      err.println("could not read or write the folder: " + e.getMessage());
      return ExampleService.EXIT_CONFIGURATION;
    }
  }
}
