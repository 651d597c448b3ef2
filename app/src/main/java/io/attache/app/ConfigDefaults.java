package io.attache.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults from outside the command line. For an option {@code --bootstrap-servers} the value comes
 * from the environment variable {@code ATTACHE_BOOTSTRAP_SERVERS}, else from the key {@code bootstrap-servers}
 * in the config file, else from the option's built-in default. The command line beats all of them.
 */
final class ConfigDefaults implements IDefaultValueProvider {
    static final String CONFIG_ENV = "ATTACHE_CONFIG";
    static final Path IMPLICIT_CONFIG = Path.of("attache.properties");

    private final Map<String, String> environment;
    private final Properties file;
    private final String fileName;
    /** The line of each key in the config file, so that a mistake can be pointed at. */
    private final Map<String, Integer> lines;

    private ConfigDefaults(Map<String, String> environment, Properties file, String fileName) {
        this.environment = Map.copyOf(environment);
        this.file = file;
        this.fileName = fileName;
        this.lines = fileName.isEmpty() ? Map.of() : keyLines(Path.of(fileName), file);
    }

    /**
     * Reads the config file named by {@code --config} in {@code args}, else by {@code ATTACHE_CONFIG}, else
     * {@code ./attache.properties} when it exists. A named file that cannot be read is an error.
     */
    static ConfigDefaults load(Map<String, String> environment, String[] args) {
        String named = configArgument(args);
        if (named == null) {
            named = environment.get(CONFIG_ENV);
        }
        if (named == null) {
            return Files.isRegularFile(IMPLICIT_CONFIG)
                    ? new ConfigDefaults(environment, read(IMPLICIT_CONFIG), IMPLICIT_CONFIG.toString())
                    : new ConfigDefaults(environment, new Properties(), "");
        }
        return new ConfigDefaults(environment, read(Path.of(named)), named);
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option) || !option.longestName().startsWith("--")) {
            return null;
        }
        String key = option.longestName().substring(2);
        String fromEnv = environment.get(envName(key));
        if (fromEnv != null) {
            return fromEnv;
        }
        return file.getProperty(key);
    }

    /** The environment variable for a long option name, e.g. {@code ATTACHE_BOOTSTRAP_SERVERS}. */
    static String envName(String key) {
        return "ATTACHE_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /**
     * Where the default of option {@code --key} came from, when not from its built-in default: the
     * environment variable, or the config file's line and key.
     */
    Optional<String> origin(String key) {
        if (environment.containsKey(envName(key))) {
            return Optional.of("environment variable " + envName(key));
        }
        if (file.containsKey(key)) {
            return Optional.of(fileName + " line " + lines.getOrDefault(key, 0) + ", key " + key);
        }
        return Optional.empty();
    }

    /** The config file's keys that are no option of any command, each with its line, in line order. */
    List<String> unknownKeys(Set<String> options) {
        return file.stringPropertyNames().stream()
                .filter(key -> !options.contains(key))
                .sorted(Comparator.comparing(key -> lines.getOrDefault(key, 0)))
                .map(key -> fileName + " line " + lines.getOrDefault(key, 0) + ": unknown key '" + key
                        + "' (no command has an option --" + key + ")")
                .toList();
    }

    /** The config file in use, or empty when none. */
    String fileName() {
        return fileName;
    }

    private static String configArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--config=")) {
                return args[i].substring("--config=".length());
            }
        }
        return null;
    }

    /**
     * The first line each key is on. A properties file may continue a value on the next line, so only lines
     * that start a key are looked at: the first whose text before {@code =}, {@code :} or a blank is the key.
     */
    private static Map<String, Integer> keyLines(Path path, Properties properties) {
        Map<String, Integer> found = new HashMap<>();
        try {
            List<String> text = Files.readAllLines(path, StandardCharsets.UTF_8);
            for (int i = 0; i < text.size(); i++) {
                String line = text.get(i).strip();
                String key = line.split("[=:\\s]", 2)[0];
                if (!line.startsWith("#") && !line.startsWith("!") && properties.containsKey(key)) {
                    found.putIfAbsent(key, i + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config file " + path + ": " + e.getMessage(), e);
        }
        return found;
    }

    private static Properties read(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("config file " + path + " does not exist", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config file " + path + ": " + e.getMessage(), e);
        }
    }
}
